package gx.zhicheng.documents;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the HTML of a document page to PDF (openhtmltopdf on PDFBox): A4 from the style sheet's @page, the
 * print media rules (one sheet a page), and every character in one CJK TrueType face, embedded as a subset
 * so that the text stays selectable and searchable and the file small. Without a font it refuses (the
 * controller answers 503); the print pages do not need one.
 */
final class DocumentPdf {

    /**
     * The family the face is registered under; documents.css names it first in each font-family list. Browsers
     * know no font of that name and take the next, so the print page keeps the fonts of the machine.
     */
    static final String FAMILY = "zhicheng-pdf-cjk";

    /** The one resource a document links (href="/console/documents.css"), read from the jar; nothing else is fetched. */
    private static final String STYLE_SHEET = "/console/documents.css";
    private static final String SCHEME = "zhicheng-static";

    private static final Logger log = LoggerFactory.getLogger(DocumentPdf.class);

    private final Optional<PdfFont> font;

    DocumentPdf(Optional<PdfFont> font) {
        this.font = font;
        PdfLog.install();
    }

    Optional<PdfFont> font() {
        return font;
    }

    /**
     * What XML 1.0 does not allow, raw or as a character reference: C0 controls but tab, LF and CR, U+FFFE, U+FFFF.
     * One such character in a name (from the platform, an applicant's typing) made the XHTML parser fail the
     * notice's PDF and with it the office's whole year batch; it carries nothing a reader could see.
     */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]"
            + "|&#(?:0*(?:[0-8]|1[124-9]|2\\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));");

    static String xmlSafe(String html) {
        return NOT_XML.matcher(html).replaceAll("");
    }

    byte[] render(String html, String title) {
        PdfFont chosen = font.orElseThrow(NoFont::new);
        long started = System.nanoTime();
        try (PdfFont.Opened face = chosen.open(); PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("zhicheng-sync");
            PDType0Font embedded = PDType0Font.load(document, face.font(), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .withProducer("zhicheng-sync")
                    // the face has one weight: headings and table heads (bold in CSS) use it too rather than no font
                    .useFont(new PDFontSupplier(embedded), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(embedded), FAMILY, 700, FontStyle.NORMAL, true)
                    .useUriResolver(DocumentPdf::resolve)
                    .useProtocolsStreamImplementation(url -> classpath(url.substring(SCHEME.length() + 1)), SCHEME)
                    .withHtmlContent(xmlSafe(html), SCHEME + ":/console/")
                    .toStream(out);
            builder.run();
            // the title names declaration IDs or a year, never a person
            log.info("PDF {}: {} bytes in {} ms", title, out.size(), (System.nanoTime() - started) / 1_000_000);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF " + title, e);
        }
    }

    /** The style sheet, from the link and again when it is loaded; no other URI (the PDF fetches nothing else). */
    private static String resolve(String base, String uri) {
        String resolved = SCHEME + ":" + STYLE_SHEET;
        return STYLE_SHEET.equals(uri) || resolved.equals(uri) ? resolved : null;
    }

    private static FSStream classpath(String path) {
        return new FSStream() {
            @Override
            public InputStream getStream() {
                InputStream in = DocumentPdf.class.getResourceAsStream("/static" + path);
                if (in == null) {
                    throw new UncheckedIOException(new IOException("no resource static" + path));
                }
                return in;
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /** No CJK TrueType font on this machine and none configured. */
    static final class NoFont extends RuntimeException {
        NoFont() {
            super("no CJK TrueType font to embed in PDFs (zhicheng.documents.pdf-font; Debian: " + PdfFont.PACKAGES + ")");
        }
    }
}
