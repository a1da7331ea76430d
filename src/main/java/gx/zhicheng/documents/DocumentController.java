package gx.zhicheng.documents;

import gx.zhicheng.review.OfficeDirectory;
import gx.zhicheng.review.Outcome;
import gx.zhicheng.review.ReviewOffice;
import gx.zhicheng.system.OfficeScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The print pages under the console (GET only, VIEWER may read them): the one-time notification of a RETURN
 * declaration and the entrusted-evaluation letter, each for one declaration or for all of a declaration year.
 * Only of the user's offices: another office's declaration answers 404 like one without a verdict. The documents
 * show what the applicant must see (the name; no ID or phone number), whatever the user's permissions.
 */
@RestController
@RequestMapping(value = "/console", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
class DocumentController {

    private final LatestVerdicts verdicts;
    private final OfficeDirectory offices;
    private final EntrustedEvaluations entrusted;
    private final Clock clock;

    DocumentController(LatestVerdicts verdicts, OfficeDirectory offices, EntrustedEvaluations entrusted, Clock clock) {
        this.verdicts = verdicts;
        this.offices = offices;
        this.entrusted = entrusted;
        this.clock = clock;
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable String id, OfficeScope scope) {
        Reviewed reviewed = found(id, scope);
        if (reviewed.verdict().outcome() != Outcome.RETURN) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "申报 " + id + " 的最新预审结论不是“退回补正”，无需一次性告知书");
        }
        return NoticePage.render("一次性告知书 " + id, List.of(notice(reviewed)));
    }

    /** Every declaration of the year whose latest verdict is RETURN. */
    @GetMapping("/notices")
    String notices(@RequestParam int year, @RequestParam(required = false) String office, OfficeScope scope) {
        List<Notice> notices = verdicts.ofYear(year, scope.narrowedTo(office)).stream()
                .filter(r -> r.verdict().outcome() == Outcome.RETURN).map(this::notice).toList();
        return NoticePage.render(year + "年度一次性告知书", notices);
    }

    @GetMapping("/letters/{id}")
    String letter(@PathVariable String id, OfficeScope scope) {
        Reviewed reviewed = found(id, scope);
        EntrustedEvaluations.Entrusted row = entrustedFor(reviewed).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "申报 " + id + " 的系列和级别在本地可以评审，不需要委托代评（见 config/entrusted-evaluation.csv）"));
        if (reviewed.verdict().outcome() == Outcome.REJECT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "申报 " + id + " 预审不予通过，不委托代评");
        }
        return LetterPage.render("委托代评函 " + id, List.of(Letter.of(reviewed, row, today())));
    }

    /** Every declaration of the year whose series and level are entrusted and whose latest verdict is PASS. */
    @GetMapping("/letters")
    String letters(@RequestParam int year, @RequestParam(required = false) String office, OfficeScope scope) {
        List<Letter> letters = verdicts.ofYear(year, scope.narrowedTo(office)).stream()
                .filter(r -> r.verdict().outcome() == Outcome.PASS)
                .flatMap(r -> entrustedFor(r).map(row -> Letter.of(r, row, today())).stream())
                .toList();
        return LetterPage.render(year + "年度委托代评函", letters);
    }

    private Reviewed found(String id, OfficeScope scope) {
        return verdicts.of(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有申报 " + id + " 的预审意见"));
    }

    private Optional<EntrustedEvaluations.Entrusted> entrustedFor(Reviewed r) {
        var d = r.declaration();
        return d.series() == null || d.level() == null ? Optional.empty() : entrusted.find(d.series(), d.level().name());
    }

    private Notice notice(Reviewed reviewed) {
        ReviewOffice office = reviewed.verdict().reviewOffice() != null ? reviewed.verdict().reviewOffice()
                : offices.officeFor(reviewed.declaration());
        return Notice.of(reviewed, office, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
