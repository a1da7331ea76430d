package gx.zhicheng.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The CJK font the PDFs embed: one face of a .ttf, or of a .ttc (TrueType collection), named by its PostScript
 * name. Only TrueType outlines qualify: PDFBox embeds those as a subset (a Type 0 font with a FontFile2) and
 * refuses CFF outlines, which is why Noto CJK (OpenType/CFF, .otf or .ttc) never qualifies.
 */
record PdfFont(Path file, String face) {

    /** Where fonts are installed on Debian and most Linux systems (zhicheng.documents.pdf-font-folders); ~ is the home folder. */
    static final String SYSTEM_FONTS = "/usr/share/fonts";
    static final String LOCAL_FONTS = "/usr/local/share/fonts";
    static final String USER_FONTS = "~/.fonts";
    static final String USER_LOCAL_FONTS = "~/.local/share/fonts";

    /** Debian's CJK fonts with TrueType outlines, in the order they are preferred when several are installed. */
    static final List<String> PREFERRED = List.of("wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf",
            "DroidSansFallback.ttf", "uming.ttc", "ukai.ttc");

    /** The packages that provide one, for the messages. */
    static final String PACKAGES = "fonts-wqy-microhei, fonts-droid-fallback";

    /** Characters every document prints; a face that lacks one is not a CJK font for our purpose. */
    private static final String PROBE = "职称评审申报材料一次性告知书委托代评函崇左市";

    private static final String CFF = "CFF outlines (OpenType/CFF, as Noto CJK), which PDFBox cannot embed";

    // OS/2 fsType bits (OpenType spec): restricted licence embedding, no subsetting, bitmap embedding only
    private static final int RESTRICTED = 0x0002;
    private static final int NO_SUBSETTING = 0x0100;
    private static final int BITMAP_ONLY = 0x0200;

    /** The font a setting names: the face of a collection by name (or its first usable face), else why it cannot be used. */
    static PdfFont configured(Path file, String face) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        // the table headers first: they tell CFF outlines (Noto CJK) in milliseconds, a full parse of such a
        // collection takes seconds a face, and the search at start-up may meet several
        if (headers(file).stream().allMatch(FontHeaders::isOpenTypePostScript)) {
            throw new IllegalArgumentException(file + " cannot be embedded: " + CFF);
        }
        List<String> reasons = new ArrayList<>();
        List<String> faces = new ArrayList<>();
        Optional<String> usable = forEachFace(file, font -> {
            String name = font.getName();
            faces.add(name);
            if (face != null && !face.isBlank() && !matches(font, face)) {
                return false;
            }
            String refused = refused(font);
            if (refused == null) {
                return true;
            }
            reasons.add(name + ": " + refused);
            return false;
        });
        if (usable.isPresent()) {
            return new PdfFont(file, usable.get());
        }
        if (face != null && !face.isBlank() && reasons.isEmpty()) {
            throw new IllegalArgumentException(file + " has no face named " + face + " (faces: " + String.join(", ", faces) + ")");
        }
        throw new IllegalArgumentException(file + " cannot be embedded: " + String.join("; ", reasons));
    }

    /** The folders of the setting, ~ expanded. */
    static List<Path> folders(List<String> settings) {
        String home = System.getProperty("user.home");
        return settings.stream().map(f -> Path.of(f.startsWith("~/") ? home + f.substring(1) : f)).toList();
    }

    /** The first usable font in the folders: the preferred files first, then any other .ttf or .ttc. */
    static Optional<PdfFont> search(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).filter(PdfFont::trueTypeFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder is skipped like an absent one: the search is a convenience
                }
            }
        }
        files.sort(Comparator.comparingInt(PdfFont::preference));
        for (Path file : files) {
            try {
                return Optional.of(configured(file, null));
            } catch (RuntimeException notThisOne) {
                // not CJK, CFF outlines, not embeddable, or a file PDFBox trips over: try the next
            }
        }
        return Optional.empty();
    }

    /** The face, opened for one document: keep it open until the document is saved (the subset is written then). */
    Opened open() throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont font = collection.getFontByName(face);
                if (font == null) {
                    throw new IOException(file + " no longer has the face " + face);
                }
                return new Opened(font, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Opened(font, font);
    }

    record Opened(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** Why PDFBox could not embed this face as a CJK subset, or null when it can. */
    static String refused(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript() || font.getTableMap().containsKey("CFF ")) {
            return CFF;
        }
        if (!font.getTableMap().containsKey("glyf")) {
            return "no TrueType outlines (glyf table)";
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null) {
            int fsType = os2.getFsType();
            if ((fsType & 0x000F) == RESTRICTED) {
                return "its licence forbids embedding (fsType " + fsType + ")";
            }
            if ((fsType & (NO_SUBSETTING | BITMAP_ONLY)) != 0) {
                return "its licence forbids embedding a subset of its outlines (fsType " + fsType + ")";
            }
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null || PROBE.codePoints().anyMatch(c -> cmap.getGlyphId(c) == 0)) {
            return "no Chinese characters";
        }
        return null;
    }

    private static boolean matches(TrueTypeFont font, String face) throws IOException {
        return face.equals(font.getName())
                || font.getNaming() != null && face.equalsIgnoreCase(font.getNaming().getFontFamily());
    }

    private interface FaceTest {
        boolean usable(TrueTypeFont font) throws IOException;
    }

    /** The PostScript name of the first face that passes, reading a .ttf or every face of a .ttc. */
    private static Optional<String> forEachFace(Path file, FaceTest test) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                List<String> found = new ArrayList<>();
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> {
                        if (found.isEmpty() && test.usable(font)) {
                            found.add(font.getName());
                        }
                    });
                }
                return found.stream().findFirst();
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return test.usable(font) ? Optional.of(font.getName()) : Optional.empty();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a TrueType font PDFBox can read: " + e.getMessage(), e);
        }
    }

    private static List<FontHeaders> headers(Path file) {
        try {
            List<FontHeaders> headers = new ArrayList<>();
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection.processAllFontHeaders(file.toFile(), headers::add);
            } else {
                try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile())) {
                    headers.add(new TTFParser().parseTableHeaders(in));
                }
            }
            return headers;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a TrueType font PDFBox can read: " + e.getMessage(), e);
        }
    }

    private static boolean trueTypeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }

    private static int preference(Path file) {
        int i = PREFERRED.indexOf(file.getFileName().toString());
        return i < 0 ? PREFERRED.size() : i;
    }
}
