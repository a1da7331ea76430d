package gx.zhicheng.documents;

import gx.zhicheng.web.OfficeScope;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.rules.OfficeDirectory;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.ReviewOffice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The documents under the console (GET only, VIEWER may read them): the one-time notification of a RETURN
 * declaration and the entrusted-evaluation letter, each for one declaration or for all of a declaration year,
 * as a print page and as a PDF of the same template. Both go through the same lookup ({@link #noticeOf} ...),
 * so whatever decides who may see a declaration decides it for both: only the user's offices, another office's
 * declaration answering 404 like one without a verdict. The documents show what the applicant must see (the name;
 * no ID or phone number), whatever the user's permissions.
 */
@RestController
@RequestMapping(value = "/console", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
class DocumentController {

    private final LatestVerdicts verdicts;
    private final OfficeDirectory offices;
    private final EntrustedEvaluations entrusted;
    private final DocumentTemplates templates;
    private final DocumentPdf pdf;
    private final Clock clock;
    private final int maxBatch;

    DocumentController(LatestVerdicts verdicts, OfficeDirectory offices, EntrustedEvaluations entrusted,
                       DocumentTemplates templates, DocumentPdf pdf, Clock clock, ZhichengProperties.Documents settings) {
        this.maxBatch = settings.maxBatch();
        this.verdicts = verdicts;
        this.offices = offices;
        this.entrusted = entrusted;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable String id, OfficeScope scope) {
        return templates.html(noticeOf(id, scope), false);
    }

    // Spring's suffix pattern matching is off: the .pdf paths are mappings of their own
    @GetMapping(value = "/notices/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> noticePdf(@PathVariable String id, OfficeScope scope) {
        return pdf(noticeOf(id, scope));
    }

    /** Every declaration of the year whose latest verdict is RETURN. */
    @GetMapping("/notices")
    String notices(@RequestParam int year, @RequestParam(required = false) String office,
                   @RequestParam(required = false) Integer part, OfficeScope scope) {
        return templates.html(noticesOf(year, scope.narrowedTo(office), part), false);
    }

    @GetMapping(value = "/notices.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> noticesPdf(@RequestParam int year, @RequestParam(required = false) String office,
                                       @RequestParam(required = false) Integer part, OfficeScope scope) {
        return pdf(noticesOf(year, scope.narrowedTo(office), part));
    }

    @GetMapping("/letters/{id}")
    String letter(@PathVariable String id, OfficeScope scope) {
        return templates.html(letterOf(id, scope), false);
    }

    @GetMapping(value = "/letters/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letterPdf(@PathVariable String id, OfficeScope scope) {
        return pdf(letterOf(id, scope));
    }

    /** Every declaration of the year whose series and level are entrusted and whose latest verdict is PASS. */
    @GetMapping("/letters")
    String letters(@RequestParam int year, @RequestParam(required = false) String office,
                   @RequestParam(required = false) Integer part, OfficeScope scope) {
        return templates.html(lettersOf(year, scope.narrowedTo(office), part), false);
    }

    @GetMapping(value = "/letters.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> lettersPdf(@RequestParam int year, @RequestParam(required = false) String office,
                                       @RequestParam(required = false) Integer part, OfficeScope scope) {
        return pdf(lettersOf(year, scope.narrowedTo(office), part));
    }

    /** No font to embed: the PDFs are off, the print pages are not (RFC 9457, the console shows the detail). */
    @ExceptionHandler(DocumentPdf.NoFont.class)
    ResponseEntity<ProblemDetail> noFont(DocumentPdf.NoFont noFont) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "服务器上没有可嵌入 PDF 的中文 TrueType 字体，暂不能生成 PDF（打印页不受影响，可在浏览器中打印或另存为 PDF）。"
                        + "请管理员安装 Debian 软件包 fonts-wqy-microhei 或 fonts-droid-fallback，"
                        + "或用设置 zhicheng.documents.pdf-font 指定 .ttf/.ttc 字体文件，然后重启。");
        problem.setTitle("No font for PDF documents");
        problem.setProperty("setting", "zhicheng.documents.pdf-font");
        problem.setProperty("packages", List.of("fonts-wqy-microhei", "fonts-droid-fallback"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }

    private DocumentPage noticeOf(String id, OfficeScope scope) {
        Reviewed reviewed = found(id, scope);
        Outcome outcome = reviewed.verdict().outcome();
        if (outcome != Outcome.RETURN && outcome != Outcome.REJECT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "申报 " + id + " 的最新预审结论既不是“退回补正”也不是“不予通过”，无需告知书");
        }
        String title = (outcome == Outcome.RETURN ? "一次性告知书 " : "不予受理告知书 ") + id;
        return new DocumentPage("notices", title, List.of(notice(reviewed)),
                "/console/notices/" + UriUtils.encodePathSegment(id, "UTF-8") + ".pdf", "zhicheng-notice-" + id + ".pdf");
    }

    private DocumentPage noticesOf(int year, OfficeScope scope, Integer part) {
        LatestVerdicts.Batch batch = new LatestVerdicts.Batch(year, scope, Set.of(Outcome.RETURN, Outcome.REJECT), null);
        List<Object> notices = part(batch, part, "告知书").stream().map(this::notice).toList();
        return new DocumentPage("notices", year + "年度告知书（一次性告知书、不予受理告知书）" + partTitle(part), notices,
                "/console/notices.pdf?year=" + year + partQuery(part), "zhicheng-notices-" + year + partFile(part) + ".pdf");
    }

    private DocumentPage letterOf(String id, OfficeScope scope) {
        Reviewed reviewed = found(id, scope);
        EntrustedEvaluations.Entrusted row = entrustedFor(reviewed).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "申报 " + id + " 的系列和级别在本地可以评审，不需要委托代评（见 config/entrusted-evaluation.csv）"));
        if (reviewed.verdict().outcome() == Outcome.REJECT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "申报 " + id + " 预审不予通过，不委托代评");
        }
        return new DocumentPage("letters", "委托代评函 " + id, List.of(Letter.of(reviewed, row, today())),
                "/console/letters/" + UriUtils.encodePathSegment(id, "UTF-8") + ".pdf", "zhicheng-letter-" + id + ".pdf");
    }

    private DocumentPage lettersOf(int year, OfficeScope scope, Integer part) {
        List<LatestVerdicts.SeriesLevel> entrustedPairs = entrusted.all().stream()
                .map(row -> new LatestVerdicts.SeriesLevel(row.series(), row.level())).toList();
        LatestVerdicts.Batch batch = new LatestVerdicts.Batch(year, scope, Set.of(Outcome.PASS), entrustedPairs);
        List<Letter> letters = part(batch, part, "委托代评函").stream()
                .flatMap(r -> entrustedFor(r).map(row -> Letter.of(r, row, today())).stream())
                .toList();
        return new DocumentPage("letters", year + "年度委托代评函" + partTitle(part), letters,
                "/console/letters.pdf?year=" + year + partQuery(part), "zhicheng-letters-" + year + partFile(part) + ".pdf");
    }

    /**
     * One file's share of a year's batch. A year's documents are built in memory (the template, then the PDF), so a
     * batch larger than zhicheng.documents.max-batch is refused unless a part is asked for; the refusal says how
     * many parts there are and how else to narrow it, and nothing of the batch is read.
     */
    private List<Reviewed> part(LatestVerdicts.Batch batch, Integer part, String what) {
        int total = verdicts.count(batch);
        int parts = Math.max(1, (total + maxBatch - 1) / maxBatch);
        if (part == null && total > maxBatch) {
            throw new BatchTooLarge(what, total, maxBatch, parts);
        }
        int chosen = part == null ? 1 : part;
        if (chosen < 1 || chosen > parts) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "part 应在 1 到 " + parts + " 之间（本年度共 " + total + " 份" + what + "，每份文件最多 " + maxBatch + " 份）");
        }
        return verdicts.of(batch, (chosen - 1) * maxBatch, maxBatch);
    }

    private static String partTitle(Integer part) {
        return part == null ? "" : "（第 " + part + " 批）";
    }

    private static String partQuery(Integer part) {
        return part == null ? "" : "&part=" + part;
    }

    private static String partFile(Integer part) {
        return part == null ? "" : "-part" + part;
    }

    static final class BatchTooLarge extends RuntimeException {
        final String what;
        final int total;
        final int maxBatch;
        final int parts;

        BatchTooLarge(String what, int total, int maxBatch, int parts) {
            super(what + ": " + total + " documents, more than " + maxBatch);
            this.what = what;
            this.total = total;
            this.maxBatch = maxBatch;
            this.parts = parts;
        }
    }

    /** A year's batch over the limit: how to ask for it instead (RFC 9457, the console shows the detail). */
    @ExceptionHandler(BatchTooLarge.class)
    ResponseEntity<ProblemDetail> batchTooLarge(BatchTooLarge tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "本年度共 " + tooLarge.total + " 份" + tooLarge.what + "，超过单个文件的上限 " + tooLarge.maxBatch
                        + " 份。请分 " + tooLarge.parts + " 批打印或下载（在地址后加 &part=1 到 &part=" + tooLarge.parts
                        + "），或只选一个职改办（&office=）。");
        problem.setTitle("Batch too large");
        problem.setProperty("total", tooLarge.total);
        problem.setProperty("maxBatch", tooLarge.maxBatch);
        problem.setProperty("parts", tooLarge.parts);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }

    /** The PDF of a page: never cached (it names applicants), saved under a name with the declaration ID or the year. */
    private ResponseEntity<byte[]> pdf(DocumentPage page) {
        byte[] body = pdf.render(templates.html(page, true), page.title());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(page.fileName()).build().toString())
                .body(body);
    }

    private Reviewed found(String id, OfficeScope scope) {
        return verdicts.of(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有申报 " + id + " 的预审意见"));
    }

    private Optional<EntrustedEvaluations.Entrusted> entrustedFor(Reviewed r) {
        var d = r.declaration();
        return d.series() == null || d.level() == null ? Optional.empty() : entrusted.find(d.series(), d.level().name());
    }

    /** The notice a verdict calls for: what to correct (RETURN) or why it cannot go on this year (REJECT). */
    private Object notice(Reviewed reviewed) {
        ReviewOffice office = reviewed.verdict().reviewOffice() != null ? reviewed.verdict().reviewOffice()
                : offices.officeFor(reviewed.declaration());
        return reviewed.verdict().outcome() == Outcome.REJECT ? Refusal.of(reviewed, office, today())
                : Notice.of(reviewed, office, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
