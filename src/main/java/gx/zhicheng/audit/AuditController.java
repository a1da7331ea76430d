package gx.zhicheng.audit;

import gx.zhicheng.web.OfficeScope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail and its verification, for the city office only: the trail names actions on every office's
 * declarations. Read-only: there is no call that edits or deletes an audit event.
 */
@RestController
@RequestMapping("/api/ops/audit")
class AuditController {

    static final int MAX_LIMIT = 500;

    record Event(long id, OffsetDateTime occurredAt, String actor, String remoteAddress, String action, String target,
                 String detail) {}

    record Page(List<Event> items, Long nextBefore) {}

    private final JdbcTemplate jdbc;
    private final ChainVerifier verifier;

    AuditController(JdbcTemplate jdbc, ChainVerifier verifier) {
        this.jdbc = jdbc;
        this.verifier = verifier;
    }

    /** Newest first, {@code limit} at a time; {@code before} is the previous page's {@code nextBefore}. */
    @GetMapping
    Page events(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) Long before,
                @RequestParam(required = false) String action, OfficeScope scope) {
        requireCityOffice(scope);
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Event> items = jdbc.query("""
                SELECT id, occurred_at, actor, remote_address, action, target, detail FROM audit_event
                 WHERE id < ? AND (CAST(? AS VARCHAR(64)) IS NULL OR action = ?) ORDER BY id DESC LIMIT ?""",
                (rs, i) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.ofHours(8)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                before == null ? Long.MAX_VALUE : before, action, action, n + 1);
        Long next = items.size() > n ? items.get(n - 1).id() : null;
        return new Page(items.size() > n ? items.subList(0, n) : items, next);
    }

    @GetMapping("/verify")
    ChainVerifier.Result verify(OfficeScope scope) {
        requireCityOffice(scope);
        return verifier.verify();
    }

    private static void requireCityOffice(OfficeScope scope) {
        if (!scope.all()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "操作记录涉及全市各职改部门，只有崇左市职改办的账号可以查看");
        }
    }
}
