package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A control character in a name (U+0001 from the platform, raw or as the template's character reference) made the
 * XHTML parser fail the notice's PDF and the office's whole year batch with it.
 */
class DocumentPdfControlCharactersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a raw U+0001             | 韦\u0001小宝       | 韦小宝
            a decimal reference      | 韦&#1;小宝         | 韦小宝
            a hexadecimal reference  | 韦&#x1F;小宝       | 韦小宝
            U+FFFF                   | 韦\uFFFF小宝       | 韦小宝
            tab, LF and CR stay      | 韦\t小&#10;宝&#13;  | 韦\t小&#10;宝&#13;
            an ordinary reference    | 韦&#32;&amp;&#x4E00; | 韦&#32;&amp;&#x4E00;
            """)
    void keepsOnlyWhatXmlAllows(String what, String html, String safe) {
        assertThat(DocumentPdf.xmlSafe(html)).isEqualTo(safe);
    }

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void rendersANameWithAControlCharacter() throws Exception {
        DocumentPdf pdf = new DocumentPdf(PdfFont.search(PdfFont.folders(List.of(PdfFont.SYSTEM_FONTS,
                PdfFont.LOCAL_FONTS, PdfFont.USER_FONTS, PdfFont.USER_LOCAL_FONTS))));
        String html = "<html><head><title>t</title><style>body { font-family: '" + DocumentPdf.FAMILY + "'; }</style></head>"
                + "<body><p>韦\u0001小宝&#1;同志：</p></body></html>";

        byte[] bytes = pdf.render(html, "control characters");

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("韦小宝同志：");
        }
    }
}
