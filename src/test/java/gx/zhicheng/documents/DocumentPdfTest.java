package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.zhicheng.rules.ReviewOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The templates and the PDF renderer without the application: the engine escapes what an applicant typed, the
 * print page and the PDF carry the same text, and without a font the renderer refuses rather than writing boxes.
 */
class DocumentPdfTest {

    static final Notice NOTICE = new Notice("GX2022-0009999", 2, "韦<b>小</b>宝 & \"Tom\" O'Neil", 2022, "工程", "中级",
            "建筑工程施工", LocalDate.of(2022, 6, 29), "崇左市<script>alert(1)</script>建筑公司",
            List.of(new Notice.Item("PRIVATE_SI_CONTINUITY", "民营企业社保缴费不连续",
                            "申报前12个月内社保缴费中断 3 个月（2021年10月—12月），请补充单位证明 <附件>。"),
                    new Notice.Item("PUBLIC_SUBJECT_EXAM_MISSING", "未完成当年公需科目考试", "未查到2022年度公需科目考试合格记录。")),
            List.of(new Notice.Item("NO_TITLE_APPROVAL_REQUIRED", "无职称申报需职改办审核同意", "由职改办审核，无需您补充。")),
            new ReviewOffice("江州区职改办", "0771-7840659", "崇左市江州区新民路1巷7号"), LocalDate.of(2022, 8, 1), "2022.1");

    static final DocumentPage PAGE = new DocumentPage("notices", "一次性告知书 GX2022-0009999", List.of(NOTICE),
            "/console/notices/GX2022-0009999.pdf", "zhicheng-notice-GX2022-0009999.pdf");

    static DocumentTemplates templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new DocumentTemplates(engine);
    }

    @Test
    void printPageEscapesWhatTheApplicantTyped() {
        String html = templates().html(PAGE, false);

        assertThat(html).contains("韦&lt;b&gt;小&lt;/b&gt;宝 &amp; &quot;Tom&quot; O&#39;Neil同志：",
                        "（申报单位：崇左市&lt;script&gt;alert(1)&lt;/script&gt;建筑公司）", "请补充单位证明 &lt;附件&gt;。",
                        "<script src=\"/console/documents.js\" defer=\"defer\"></script>",
                        "<a class=\"pdf\" href=\"/console/notices/GX2022-0009999.pdf\">")
                .doesNotContain("<b>", "<script>", "onclick");
    }

    @Test
    void pdfPageHasNeitherToolbarNorScript() {
        String html = templates().html(PAGE, true);

        assertThat(html).contains("职称评审申报材料一次性告知书", "id=\"notice-GX2022-0009999\"")
                .doesNotContain("toolbar", "<script", "下载 PDF");
    }

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void pdfCarriesTheTextOfThePrintPage() throws Exception {
        DocumentPdf pdf = new DocumentPdf(PdfFont.search(PdfFont.folders(List.of(PdfFont.SYSTEM_FONTS,
                PdfFont.LOCAL_FONTS, PdfFont.USER_FONTS, PdfFont.USER_LOCAL_FONTS))));

        byte[] bytes = pdf.render(templates().html(PAGE, true), PAGE.title());

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "notice-unit.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(PAGE.title());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("韦<b>小</b>宝&\"Tom\"O'Neil同志：", "崇左市<script>alert(1)</script>建筑公司",
                    "请补充单位证明<附件>。", "未查到2022年度公需科目考试合格记录。", "PRIVATE_SI_CONTINUITY",
                    "无职称申报需职改办审核同意：由职改办审核，无需您补充。", "联系电话：0771-7840659", "2022年8月1日");
        }
    }

    @Test
    void withoutAFontThePdfIsRefused() {
        DocumentPdf pdf = new DocumentPdf(Optional.empty());

        assertThatThrownBy(() -> pdf.render(templates().html(PAGE, true), PAGE.title()))
                .isInstanceOf(DocumentPdf.NoFont.class).hasMessageContaining("zhicheng.documents.pdf-font");
    }
}
