package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.web.OfficeScope;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The VERIFY findings that await an operator's decision (核实队列), oldest verdict first: those of the user's
 * offices; {@code ?office=CODE} narrows it to one of them (the city office's filter), {@code series}, {@code rule}
 * (a finding's code) and {@code outcome} (the latest verdict's) narrow it further. Evidence is masked.
 *
 * <p>{@code /api/ops/verifications} answers a list, as it always did (the first {@code limit}, or those after
 * {@code cursor}); {@code /api/ops/verifications/page} answers a page as the console reads it:
 * {@code {"items": [...], "nextCursor": "…", "total": N}}: no nextCursor on the last page, the total on the first page only (no cursor).
 */
@RestController
class VerificationController {

    static final int MAX_PAGE = 200;

    record PageView(List<VerificationQueue.Waiting> items, String nextCursor, Long total) {}

    private final VerificationQueue queue;
    private final PersonalData personalData;

    VerificationController(VerificationQueue queue, PersonalData personalData) {
        this.queue = queue;
        this.personalData = personalData;
    }

    @GetMapping("/api/ops/verifications")
    JsonNode verifications(@RequestParam(defaultValue = "500") int limit, @RequestParam(required = false) String office,
                           @RequestParam(required = false) String series, @RequestParam(required = false) String rule,
                           @RequestParam(required = false) String outcome, @RequestParam(required = false) String cursor,
                           OfficeScope scope) {
        VerificationQueue.Page page = page(Math.max(1, Math.min(limit, 5000)), cursor, office, series, rule, outcome, scope,
                false);
        return personalData.masked(page.items());
    }

    @GetMapping("/api/ops/verifications/page")
    JsonNode verificationPage(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String office,
                              @RequestParam(required = false) String series, @RequestParam(required = false) String rule,
                              @RequestParam(required = false) String outcome,
                              @RequestParam(required = false) String cursor, OfficeScope scope) {
        boolean first = cursor == null || cursor.isBlank();
        VerificationQueue.Page page = page(Math.max(1, Math.min(limit, MAX_PAGE)), cursor, office, series, rule, outcome,
                scope, first);
        return personalData.masked(new PageView(page.items(), page.nextCursor(), page.total()));
    }

    private VerificationQueue.Page page(int limit, String cursor, String office, String series, String rule, String outcome,
                                        OfficeScope scope, boolean count) {
        try {
            return queue.page(limit, cursor, new VerificationQueue.Filter(series, rule, outcome), scope.narrowedTo(office),
                    count);
        } catch (VerificationQueue.BadCursor e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
