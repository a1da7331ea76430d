package gx.zhicheng.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every action on record: who, when, from where (the request's remote address; none for the scheduler), what and what
 * it touched, appended to audit_event and linked into the chain in one transaction (the caller's, when it has one).
 * Insert-only: no code updates or deletes an audit event. Details name declarations by ID, never a person.
 */
@Component
public class AuditLog {

    /** The actor of what no logged-in user started: the schedules, start-up, retention. */
    public static final String SCHEDULER = "scheduler";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditChain chain;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, TransactionTemplate tx, AuditChain chain, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an action of the current request's user (or of the scheduler outside a request). */
    public long record(String action, String target, String detail) {
        return record(currentActor(), currentAddress(), action, target, detail);
    }

    public long record(String actor, String remoteAddress, String action, String target, String detail) {
        Long id = tx.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        INSERT INTO audit_event (occurred_at, actor, remote_address, action, target, detail)
                        VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, cut(actor, 128));
                ps.setString(3, cut(remoteAddress, 64));
                ps.setString(4, action);
                ps.setString(5, cut(target, 256));
                ps.setString(6, cut(detail, 2000));
                return ps;
            }, key);
            long eventId = key.getKey().longValue();
            chain.append(ChainKind.AUDIT, eventId);
            return eventId;
        });
        return id == null ? 0 : id;
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return SCHEDULER;
        }
        return auth.getName();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
