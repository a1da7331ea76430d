package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.ops.OpsFixtures;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.review.LatestVerdictIndex;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.sync.SyncLauncher;
import gx.zhicheng.web.OfficeScope;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The documents of an office over HTTP, after a real sync of the sample declarations (clock fixed on 2022-08-01):
 * the one-time notification and the entrusted-evaluation letter with their contents, the statistics as JSON, CSV
 * (exact text, on a fixed set of verdict rows of the year 2031 written in this test) and gauges, and the calendar.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class DocumentsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean synced;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;
    @Autowired
    LatestVerdicts verdicts;
    @Autowired
    LatestVerdictCounts counts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void syncOnce() {
        if (!synced) {
            assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
            sample2031();
            synced = true;
        }
    }

    private ResponseEntity<byte[]> getPdf(String path) {
        return rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).getForEntity(path, byte[].class);
    }

    /** Text extraction breaks lines where the layout did (and table cells wrap): compare without white space. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private ResponseEntity<String> get(String path) {
        return rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).getForEntity(path, String.class);
    }

    // ---- 一次性告知书 ----

    @Test
    void noticeNamesTheApplicantEveryFindingAndTheReviewOffice() {
        Reviewed reviewed = verdicts.of("GX2022-0001038", OfficeScope.everyOffice()).orElseThrow();
        assertThat(reviewed.verdict().outcome()).isEqualTo(Outcome.RETURN);

        ResponseEntity<String> page = get("/console/notices/GX2022-0001038");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody())
                .contains("职称评审申报材料一次性告知书", "申报编号：GX2022-0001038", "蒙志勇同志：", "2022年6月29日",
                        "2022年度工程系列中级（建筑工程施工专业）职称评审申报", "崇左市江州区建筑工程有限公司",
                        "PRIVATE_SI_CONTINUITY", "民营企业社保缴费不连续",
                        "请与江州区职改办联系", "联系电话：0771-7840659", "通讯地址：崇左市江州区新民路1巷7号",
                        "<div>2022年8月1日</div>", "预审规则版本 2022.2")
                .doesNotContain("451421199001230772", "18878119436");
        for (Finding finding : reviewed.verdict().findings()) {
            assertThat(page.getBody()).contains(esc(finding.message()));
        }
    }

    @Test
    void theYearsNoticesHoldEveryReturnAndRejectDeclarationWithEveryFinding() {
        List<Reviewed> returned = verdicts.ofYear(2022, OfficeScope.everyOffice()).stream()
                .filter(r -> r.verdict().outcome() == Outcome.RETURN || r.verdict().outcome() == Outcome.REJECT).toList();
        assertThat(returned).hasSizeGreaterThan(5);

        String page = get("/console/notices?year=2022").getBody();

        assertThat(page.split("class=\"sheet notice[ \"]", -1)).hasSize(returned.size() + 1);
        assertThat(page.split("class=\"sheet notice refusal\"", -1))
                .hasSize((int) returned.stream().filter(r -> r.verdict().outcome() == Outcome.REJECT).count() + 1);
        for (Reviewed r : returned) {
            assertThat(page).contains("id=\"notice-" + r.declarationId() + "\"", esc(r.verdict().reviewOffice().phone()));
            r.verdict().findings().forEach(f -> assertThat(page).contains(esc(f.message())));
        }
    }

    @Test
    void noNoticeForADeclarationThatIsNeitherReturnedNorRejected() {
        assertThat(get("/console/notices/GX2022-0001001").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("/console/notices/GX2022-7777777").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- the same documents as PDF ----

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void noticePdfHoldsTheTextWithTheFontEmbeddedAndNoIdOrPhone() throws Exception {
        Reviewed reviewed = verdicts.of("GX2022-0001038", OfficeScope.everyOffice()).orElseThrow();

        ResponseEntity<byte[]> response = getPdf("/console/notices/GX2022-0001038.pdf");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).contains("GX2022-0001038").endsWith(".pdf");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "notice.pdf"), response.getBody());
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertThat(a4.getWidth() / 72 * 25.4).isCloseTo(210, within(1.0));
            assertThat(a4.getHeight() / 72 * 25.4).isCloseTo(297, within(1.0));
            String text = squeezed(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("职称评审申报材料一次性告知书", "申报编号：GX2022-0001038", "蒙志勇同志：",
                    squeezed(reviewed.verdict().reviewOffice().phone()), "联系电话：0771-7840659", "江州区职改办")
                    .doesNotContain("451421199001230772", "18878119436");
            for (Finding finding : reviewed.verdict().findings()) {
                assertThat(text).contains(squeezed(finding.message()));
            }
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
                PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                assertThat(cid).isInstanceOf(PDCIDFontType2.class);
                assertThat(cid.getFontDescriptor().getFontFile2()).as("TrueType font program").isNotNull();
                // a subset carries a six-letter tag before its name (ISO 32000-1, 9.6.4)
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            });
        }
    }

    /**
     * A REJECT verdict gets its written notice too (四(三), 一次性告知): GX2022-0001055 is REJECT for a sanction period
     * and also carries a VERIFY and a RETURN finding. Read back from its PDF: the refusal's title, each REJECT reason
     * in the rules' words with the Chinese label of its code, the other findings told as well, the review office and
     * how to object under 七(三), the applicant and the declaration, the date; never what to correct as if it could go on.
     */
    @Test
    @ExtendWith(PdfFontInstalled.class)
    void aRejectVerdictGetsItsNoticeWithEveryReasonAndHowToObject() throws Exception {
        Reviewed reviewed = verdicts.of("GX2022-0001055", OfficeScope.everyOffice()).orElseThrow();
        assertThat(reviewed.verdict().outcome()).isEqualTo(Outcome.REJECT);

        ResponseEntity<byte[]> response = getPdf("/console/notices/GX2022-0001055.pdf");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "refusal.pdf"), response.getBody());
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = squeezed(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("职称评审申报不予受理告知书", "申报编号：GX2022-0001055", "何志刚同志：",
                    "2022年6月23日", "2022年度工程系列中级（市政工程专业）", "不符合申报条件，不予受理，本年度不能继续参加评审",
                    "立案审查或处分期内", "UNDER_INVESTIGATION_OR_SANCTION",
                    "身份性质与社保记录不符（IDENTITY_TYPE_MISMATCH）", "缺少户籍变更证明（IDENTITY_CHANGE_PROOF_MISSING）",
                    "可向评委会所在职改部门（" + reviewed.verdict().reviewOffice().name() + "）提出", "七（三）",
                    squeezed(reviewed.verdict().reviewOffice().phone()), "2022年8月1日")
                    .doesNotContain("一次性告知书", "需补正的内容", reviewed.declaration().applicant().idNumber(),
                            reviewed.declaration().applicant().phone());
            for (Finding finding : reviewed.verdict().findings()) {
                assertThat(text).contains(squeezed(finding.message()));
            }
        }
        assertThat(get("/console/notices/GX2022-0001055").getBody()).contains("职称评审申报不予受理告知书");
    }

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void theYearsNoticesPdfStartsAPageForEveryReturnAndRejectDeclaration() throws Exception {
        List<Reviewed> returned = verdicts.ofYear(2022, OfficeScope.everyOffice()).stream()
                .filter(r -> r.verdict().outcome() == Outcome.RETURN || r.verdict().outcome() == Outcome.REJECT).toList();

        ResponseEntity<byte[]> response = getPdf("/console/notices.pdf?year=2022");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).contains("2022");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> sheets = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(pdf));
                if (text.startsWith("职称评审申报材料一次性告知书") || text.startsWith("职称评审申报不予受理告知书")) {
                    sheets.add(text);
                } else {
                    // a notice longer than a page continues on the next one; it never shares a page with another
                    assertThat(text).doesNotContain("一次性告知书", "不予受理告知书");
                }
            }
            assertThat(sheets).hasSize(returned.size());
            for (int i = 0; i < returned.size(); i++) {
                assertThat(sheets.get(i)).contains("申报编号：" + returned.get(i).declarationId())
                        .startsWith(returned.get(i).verdict().outcome() == Outcome.REJECT ? "职称评审申报不予受理告知书"
                                : "职称评审申报材料一次性告知书");
            }
        }
    }

    @Test
    @ExtendWith(PdfFontInstalled.class)
    void letterPdfIsTheLetterOfThePrintPage() throws Exception {
        String name = verdicts.of("GX2022-0001008", OfficeScope.everyOffice()).orElseThrow().declaration().applicant().name();

        ResponseEntity<byte[]> response = getPdf("/console/letters/GX2022-0001008.pdf");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).contains("GX2022-0001008");
        Files.write(Path.of("target", "letter.pdf"), response.getBody());
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(squeezed(new PDFTextStripper().getText(pdf))).contains("关于委托代评" + name + "同志翻译系列中级职称的函",
                    "崇左市职称改革工作领导小组办公室：", "鉴于我单位（县）尚未组建翻译系列中级职称评委会", "请予大力支持为盼！");
        }
        assertThat(getPdf("/console/letters.pdf?year=2022").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void pdfsFollowTheRulesOfThePrintPages() {
        for (String path : List.of("/console/notices/GX2022-0001038.pdf", "/console/letters.pdf?year=2022")) {
            // anonymous: sent to the login page like the print pages, no PDF
            ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
            assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isFalse();
            assertThat(anonymous.getBody()).contains("id=\"username\"").doesNotContain("%PDF");
        }
        assertThat(getPdf("/console/notices/GX2022-0001001.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(getPdf("/console/notices/GX2022-7777777.pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(getPdf("/console/letters/GX2022-0001030.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    // ---- 委托代评函 ----

    @Test
    void letterForASeriesWithoutACommitteeIsSentByTheReviewOffice() {
        String page = get("/console/letters/GX2022-0001008").getBody();
        Reviewed reviewed = verdicts.of("GX2022-0001008", OfficeScope.everyOffice()).orElseThrow();
        String name = reviewed.declaration().applicant().name();

        assertThat(page).contains("关于委托代评" + name + "同志翻译系列中级职称的函", "崇左市职称改革工作领导小组办公室：",
                "我单位（县）" + name + "同志从事越南语专业技术工作，拟申报翻译系列越南语专业中级职称评审",
                "鉴于我单位（县）尚未组建翻译系列中级职称评委会", "现委托贵办推荐至相应系列中级职称评审委员会代为评审",
                "请予大力支持为盼！", "<div>" + reviewed.verdict().reviewOffice().name() + "</div>", "<div>2022年8月1日</div>");
    }

    @Test
    void letterForASpecialtyNotSetUpNamesTheSpecialtyAndTheCountyOffice() {
        String page = get("/console/letters/GX2022-0001064").getBody();

        assertThat(page).contains("农业系列副高级职称的函", "鉴于我单位（县）暂未设置植物保护评审专业", "<div>龙州县职改办</div>");
    }

    @Test
    void theYearsLettersHoldThePassedDeclarationsOfEntrustedSeriesAndLevels() {
        String page = get("/console/letters?year=2022").getBody();

        assertThat(page).contains("id=\"letter-GX2022-0001004\"", "id=\"letter-GX2022-0001008\"",
                "id=\"letter-GX2022-0001012\"", "id=\"letter-GX2022-0001019\"", "id=\"letter-GX2022-0001064\"",
                "<div>崇左市职改办</div>");
        assertThat(page).doesNotContain("letter-GX2022-0001030", "letter-GX2022-0001001");
        assertThat(get("/console/letters/GX2022-0001001").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("/console/letters/GX2022-0001030").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    // ---- 年度统计 ----

    @Test
    void csvOfAYearIsExact() {
        ResponseEntity<byte[]> csv = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/statistics.csv?year=2031", byte[].class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("zhicheng-statistics-2031.csv");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "统计维度,代码,名称,申报数\r\n"
                + "合计,,有预审意见的申报,3\r\n"
                + "合计,AWAITING_UNIT,待单位推荐的申报（不预审）,0\r\n"
                + "预审结论,PASS,通过,1\r\n"
                + "预审结论,RETURN,退回补正,1\r\n"
                + "预审结论,VERIFY,待核实,1\r\n"
                + "预审结论,REJECT,不予通过,0\r\n"
                + "审核事项,PRIOR_YEAR_CE_HOURS_LOW,上年度继续教育学时不足,1\r\n"
                + "审核事项,PRIVATE_SI_CONTINUITY,民营企业社保缴费不连续,1\r\n"
                + "审核事项,NO_TITLE_APPROVAL_REQUIRED,无职称申报需职改办审核同意,1\r\n"
                + "系列,ENGINEERING,工程,2\r\n"
                + "系列,HEALTH,卫生,1\r\n"
                + "预审单位,,江州区职改办,2\r\n"
                + "预审单位,,市卫生健康委,1\r\n");
        assertThat(csv.getBody()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aDateRangeCountsByDeclaredOn() throws Exception {
        var s = JSON.readTree(get("/api/ops/statistics?from=2031-03-01&to=2031-03-31").getBody());

        assertThat(s.get("declarations").asInt()).isEqualTo(2);
        assertThat(s.get("from").asText()).isEqualTo("2031-03-01");
        assertThat(s.get("byOutcome").toString()).contains("{\"code\":\"PASS\",\"name\":\"通过\",\"count\":1}",
                "{\"code\":\"RETURN\",\"name\":\"退回补正\",\"count\":1}", "{\"code\":\"VERIFY\",\"name\":\"待核实\",\"count\":0}");
        assertThat(get("/api/ops/statistics?from=2031-03-31&to=2031-03-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/ops/statistics?from=2031-03-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theYearsCountsAddUpAndShowAsGauges() throws Exception {
        var s = JSON.readTree(get("/api/ops/statistics?year=2022").getBody());
        List<Reviewed> all = verdicts.ofYear(2022, OfficeScope.everyOffice());

        int sum = 0;
        for (var c : s.get("byOutcome")) {
            sum += c.get("count").asInt();
        }
        assertThat(sum).isEqualTo(all.size()).isEqualTo(s.get("declarations").asInt());
        long returned = all.stream().filter(r -> r.verdict().outcome() == Outcome.RETURN).count();
        assertThat(registry.get("zhicheng.verdicts").tags("year", "2022", "outcome", "RETURN").gauge().value())
                .isEqualTo(returned);
        // the other years follow in the background (a reader never waits for every year's counts)
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            get("/api/ops/statistics?year=2022"); // asks for the refresh again, as a console does
            assertThat(registry.get("zhicheng.findings").tags("year", "2031", "rule", "PRIVATE_SI_CONTINUITY").gauge().value())
                    .isEqualTo(1);
            assertThat(registry.get("zhicheng.declarations.by.office").tags("year", "2031", "office", "江州区职改办").gauge()
                    .value()).isEqualTo(2);
        });
    }

    /**
     * The counts grouped in SQL from the columns the recorder keeps (V140) equal the statistics of the parsed latest
     * verdicts, as they were counted before: the sample province's verdicts were recorded by the real sync.
     */
    @Test
    void countsInSqlEqualTheCountsOfTheParsedVerdicts() {
        OfficeScope every = OfficeScope.everyOffice();
        for (int year : new int[] {2022, 2031}) {
            assertThat(Statistics.counted(year, null, null, counts.ofYear(year, every)))
                    .isEqualTo(Statistics.of(year, null, null, verdicts.ofYear(year, every)));
        }
        OfficeScope longzhou = new OfficeScope(false, List.of("LONGZHOU"));
        assertThat(Statistics.counted(2022, null, null, counts.ofYear(2022, longzhou)))
                .isEqualTo(Statistics.of(2022, null, null, verdicts.ofYear(2022, longzhou)));
        LocalDate from = LocalDate.of(2022, 6, 1);
        LocalDate to = LocalDate.of(2031, 3, 15);
        assertThat(Statistics.counted(null, from, to, counts.declaredBetween(from, to, every)))
                .isEqualTo(Statistics.of(null, from, to, verdicts.declaredBetween(from, to, every)));
        assertThat(counts.ofYear(2022, every).stream().mapToLong(Statistics.Group::count).sum()).isGreaterThan(10);
    }

    // ---- 评审时间安排 ----

    @Test
    void calendarAnswersTheCurrentPhaseAndTheRecheckDeadline() throws Exception {
        var today = JSON.readTree(get("/api/ops/calendar").getBody());
        var december = JSON.readTree(get("/api/ops/calendar?date=2022-12-01").getBody());

        assertThat(today.get("date").asText()).isEqualTo("2022-08-01");
        assertThat(today.get("current").get(0).get("name").asText()).startsWith("各级评委会评审阶段");
        assertThat(today.get("confirmationDeadline").asText()).isEqualTo("2022-11-30");
        assertThat(today.get("recheckOpen").asBoolean()).isTrue();
        assertThat(december.get("current")).isEmpty();
        assertThat(december.get("recheckOpen").asBoolean()).isFalse();
        assertThat(december.get("next").get("from").asText()).isEqualTo("2023-05-01");
        assertThat(get("/api/ops/calendar?date=soon").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** What the template engine writes for a value: the five XML specials escaped, everything else as it is. */
    static String esc(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Four declarations of 2031: three with a latest verdict, one withdrawn (not counted), one older verdict replaced. */
    private void sample2031() {
        String jiangzhou = "江州区职改办|0771-7840659|崇左市江州区新民路1巷7号";
        String health = "卫生系列|市卫生健康委|0771-7969230";
        declaration("GX2031-0000001", "2031-03-10", "ENGINEERING", "REVIEWED", "SUBMITTED");
        verdict("GX2031-0000001", "RETURN", jiangzhou, List.of(
                new String[] {"PRIOR_YEAR_CE_HOURS_LOW", "INFO"}, new String[] {"PRIVATE_SI_CONTINUITY", "RETURN"}));
        declaration("GX2031-0000002", "2031-03-20", "HEALTH", "REVIEWED", "SUBMITTED");
        verdict("GX2031-0000002", "RETURN", "市卫生健康委|0771-7969230|崇左市江州区友谊大道15号",
                List.<String[]>of(new String[] {"PUBLIC_SUBJECT_EXAM_MISSING", "RETURN"}));
        verdict("GX2031-0000002", "PASS", "市卫生健康委|0771-7969230|崇左市江州区友谊大道15号", List.of());
        declaration("GX2031-0000003", "2031-06-01", "ENGINEERING", "REVIEWED", "SUBMITTED");
        verdict("GX2031-0000003", "VERIFY", jiangzhou, List.<String[]>of(new String[] {"NO_TITLE_APPROVAL_REQUIRED", "VERIFY"}));
        declaration("GX2031-0000004", "2031-03-11", "HEALTH", "NO_VERDICT", "WITHDRAWN");
        verdict("GX2031-0000004", "REJECT", health, List.<String[]>of(new String[] {"RETIRED", "REJECT"}));
    }

    private void declaration(String id, String declaredOn, String series, String reviewState, String status) {
        ObjectNode payload = JSON.createObjectNode().put("declarationId", id).put("version", 1).put("year", 2031)
                .put("declaredOn", declaredOn).put("status", status).put("series", series).put("level", "INTERMEDIATE");
        payload.putObject("applicant").put("name", "测试" + id.substring(id.length() - 1));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at)
                VALUES (?, 1, ?, 2031, 'INTERMEDIATE', ?, ?, ?, ?, ?)""",
                id, now, "X" + id, status, payload.toString(), reviewState, now);
        new LatestVerdictIndex(jdbc, JSON).refresh(List.of(id));
    }

    private void verdict(String id, String outcome, String office, List<String[]> findings) {
        String[] o = office.split("\\|");
        ObjectNode body = JSON.createObjectNode().put("declarationId", id).put("declarationVersion", 1).put("outcome", outcome)
                .put("reviewedAt", "2031-07-01T10:00:00+08:00").put("rulesVersion", "2022.1");
        var list = body.putArray("findings");
        findings.forEach(f -> list.addObject().put("rule", f[0]).put("outcome", f[1]).put("message", "说明 " + f[0])
                .set("evidence", JSON.valueToTree(Map.of())));
        body.putObject("reviewOffice").put("name", o[0]).put("phone", o[1]).put("address", o[2]);
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES (?, 1, ?, ?, ?, ?)""", id, outcome, Integer.toHexString(body.hashCode()), body.toString(),
                Timestamp.from(Instant.now()));
        // what VerdictRecorder keeps of the latest verdict on the declaration (migration V140)
        new LatestVerdictIndex(jdbc, JSON).refresh(List.of(id));
    }
}
