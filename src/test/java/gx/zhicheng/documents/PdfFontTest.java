package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gx.zhicheng.system.ZhichengProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which fonts the PDFs may embed, on the fonts Debian installs: the WenQuanYi collection and Droid's fallback .ttf
 * qualify; Noto CJK (CFF outlines) and Latin-only fonts never do; a named face must exist; a font the settings
 * name but PDFBox cannot embed stops the start-up with the setting's name. Each test needs its font package
 * (CI installs fonts-wqy-microhei and fonts-noto-cjk) and says which when it is missing.
 */
class PdfFontTest {

    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void theSearchTakesAPreferredCjkTrueTypeFont() {
        PdfFont found = PdfFont.search(List.of(Path.of("/usr/share/fonts"))).orElseThrow();

        assertThat(PdfFont.PREFERRED).contains(found.file().getFileName().toString());
        assertThat(found.file().toString()).doesNotContain("Noto");
    }

    @Test
    void aFaceOfTheCollectionIsChosenByName() {
        assumeTrue(Files.exists(WQY), "fonts-wqy-microhei is not installed");

        assertThat(PdfFont.configured(WQY, null).face()).isEqualTo("WenQuanYiMicroHei");
        assertThat(PdfFont.configured(WQY, "WenQuanYi Micro Hei Mono").face()).isEqualTo("WenQuanYiMicroHeiMono");
        assertThat(PdfFont.configured(WQY, "WenQuanYiMicroHeiMono").face()).isEqualTo("WenQuanYiMicroHeiMono");
        assertThatThrownBy(() -> PdfFont.configured(WQY, "SimSun"))
                .hasMessageContaining("no face named SimSun").hasMessageContaining("WenQuanYiMicroHei");
    }

    @Test
    void notoCjkIsRefusedForItsCffOutlines(@TempDir Path folder) throws Exception {
        assumeTrue(Files.exists(NOTO_CJK), "fonts-noto-cjk is not installed");
        Files.createSymbolicLink(folder.resolve("NotoSansCJK-Regular.ttc"), NOTO_CJK);

        assertThatThrownBy(() -> PdfFont.configured(NOTO_CJK, null)).hasMessageContaining("CFF outlines");
        assertThat(PdfFont.search(List.of(folder))).isEmpty();
    }

    @Test
    void aFontWithoutChineseIsRefused() {
        assumeTrue(Files.exists(DEJAVU), "fonts-dejavu-core is not installed");

        assertThatThrownBy(() -> PdfFont.configured(DEJAVU, null)).hasMessageContaining("no Chinese characters");
    }

    @Test
    void aFontTheSettingsNameMustBeUsableOrTheStartUpStops() {
        assumeTrue(Files.exists(NOTO_CJK), "fonts-noto-cjk is not installed");
        var settings = new ZhichengProperties.Documents("classpath:config/calendar.csv",
                "classpath:config/entrusted-evaluation.csv", NOTO_CJK, null, List.of(), 200, Duration.ofSeconds(30));

        assertThatThrownBy(() -> new DocumentsConfig().documentPdf(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhicheng.documents.pdf-font").hasMessageContaining("CFF outlines")
                .hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void noFontInTheFoldersLeavesThePdfsOff(@TempDir Path empty) {
        var settings = new ZhichengProperties.Documents("classpath:config/calendar.csv",
                "classpath:config/entrusted-evaluation.csv", null, null, List.of(empty.toString()), 200, Duration.ofSeconds(30));

        assertThat(new DocumentsConfig().documentPdf(settings).font()).isEmpty();
    }

    @Test
    void aSingleTrueTypeFileIsEmbeddedToo() throws Exception {
        assumeTrue(Files.exists(DROID), "fonts-droid-fallback is not installed");
        DocumentPdf pdf = new DocumentPdf(Optional.of(PdfFont.configured(DROID, null)));

        byte[] bytes = pdf.render(DocumentPdfTest.templates().html(DocumentPdfTest.PAGE, true), "droid");

        try (PDDocument document = Loader.loadPDF(bytes)) {
            var resources = document.getPage(0).getResources();
            var font = resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.getName()).matches("[A-Z]{6}\\+DroidSansFallback.*");
            assertThat(new PDFTextStripper().getText(document)).contains("职称评审申报材料一次性告知书");
        }
    }
}
