package gx.zhicheng.pull;

import gx.zhicheng.system.Masking;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Listing pages the adapter could not read (table unreadable_page, written here only). A page is known by where the
 * next walk resumes (the watermark when it failed): every later run fails at the same place, and the row counts how
 * often, until a walk reads past it (then it is resolved). Health component {@code unreadablePages} is DEGRADED while
 * one is open; counter {@code zhicheng.pages.unreadable} counts every failed read, gauge
 * {@code zhicheng.pages.unreadable.open} the open rows. The body is kept up to zhicheng.platform.unreadable-body-limit
 * characters for diagnosis; retention purges it.
 */
@Component("unreadablePages")
public class UnreadablePages implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "a listing page cannot be read; see the console's dead letters");

    /** One unreadable page, for the operator: the error's class and its masked message, never the raw text. */
    public record UnreadablePage(long id, String resumeAt, String cursor, String errorClass, String errorMessage,
                                 String body, int bodyLength, int itemsTaken, OffsetDateTime firstSeenAt,
                                 OffsetDateTime lastSeenAt, int seenCount, OffsetDateTime resolvedAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Counter failedReads;

    UnreadablePages(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failedReads = Counter.builder("zhicheng.pages.unreadable")
                .description("listing pages that could not be read").register(registry);
        Gauge.builder("zhicheng.pages.unreadable.open", this, UnreadablePages::openGauge)
                .description("unreadable listing pages a walk has not read past yet").register(registry);
    }

    /**
     * Records a failed read of the page the walk resuming at {@code resumeAt} reached with {@code cursor}; answers
     * the row as it is now. An open row of another resume point is resolved: the walk got past it.
     */
    UnreadablePage record(String resumeAt, String cursor, Throwable error, String body, int itemsTaken, int bodyLimit) {
        failedReads.increment();
        Timestamp now = Timestamp.from(clock.instant());
        String kept = body == null ? null : body.length() > bodyLimit ? body.substring(0, bodyLimit) : body;
        int length = body == null ? 0 : body.length();
        String message = Masking.mask(String.valueOf(error.getMessage()));
        message = message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
        String shownCursor = cursor.length() > 2000 ? cursor.substring(0, 2000) : cursor;
        jdbc.update("UPDATE unreadable_page SET resolved_at = ? WHERE resolved_at IS NULL AND updated_since <> ?", now, resumeAt);
        int updated = jdbc.update("""
                UPDATE unreadable_page SET page_cursor = ?, error_class = ?, error_message = ?, body = ?, body_length = ?,
                       items_taken = ?, last_seen_at = ?, seen_count = seen_count + 1
                 WHERE updated_since = ? AND resolved_at IS NULL""",
                shownCursor, error.getClass().getSimpleName(), message, kept, length, itemsTaken, now, resumeAt);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO unreadable_page (updated_since, page_cursor, error_class, error_message, body, body_length,
                                                 items_taken, first_seen_at, last_seen_at, seen_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
                    resumeAt, shownCursor, error.getClass().getSimpleName(), message, kept, length, itemsTaken, now, now);
        }
        return jdbc.query("SELECT * FROM unreadable_page WHERE updated_since = ? AND resolved_at IS NULL",
                (rs, n) -> map(rs), resumeAt).get(0);
    }

    /** The page where a walk resumes at {@code resumeAt} was read: the platform serves it now. */
    int resolve(String resumeAt) {
        return jdbc.update("UPDATE unreadable_page SET resolved_at = ? WHERE resolved_at IS NULL AND updated_since = ?",
                Timestamp.from(clock.instant()), resumeAt);
    }

    /** A walk reached its end: every page after the watermark was read, so none is unreadable any longer. */
    int resolveAll() {
        return jdbc.update("UPDATE unreadable_page SET resolved_at = ? WHERE resolved_at IS NULL", Timestamp.from(clock.instant()));
    }

    /** Retention: a page that could not be read keeps its body (personal data) for diagnosis until then. */
    public int purgeLastSeenBefore(Timestamp cutoff) {
        return jdbc.update("DELETE FROM unreadable_page WHERE last_seen_at < ?", cutoff);
    }

    public int openCount() {
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM unreadable_page WHERE resolved_at IS NULL", Integer.class);
        return open == null ? 0 : open;
    }

    /** The newest first, open or resolved (body included: the caller masks it for its reader). */
    public List<UnreadablePage> recent(int limit) {
        return jdbc.query("SELECT * FROM unreadable_page ORDER BY id DESC LIMIT ?", (rs, n) -> map(rs), limit);
    }

    @Override
    public Health health() {
        try {
            List<UnreadablePage> open = jdbc.query(
                    "SELECT * FROM unreadable_page WHERE resolved_at IS NULL ORDER BY id DESC", (rs, n) -> map(rs));
            if (open.isEmpty()) {
                return Health.up().build();
            }
            UnreadablePage newest = open.get(0);
            return Health.status(DEGRADED).withDetail("open", open.size())
                    .withDetail("cursor", newest.cursor()).withDetail("error", newest.errorClass())
                    .withDetail("seenCount", newest.seenCount()).withDetail("lastSeenAt", String.valueOf(newest.lastSeenAt()))
                    .build();
        } catch (RuntimeException e) {
            return Health.unknown().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    private double openGauge() {
        try {
            return openCount();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static UnreadablePage map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnreadablePage(rs.getLong("id"), rs.getString("updated_since"), rs.getString("page_cursor"),
                rs.getString("error_class"), rs.getString("error_message"), rs.getString("body"), rs.getInt("body_length"),
                rs.getInt("items_taken"), time(rs, "first_seen_at"), time(rs, "last_seen_at"), rs.getInt("seen_count"),
                time(rs, "resolved_at"));
    }

    private static OffsetDateTime time(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.ofHours(8));
    }
}
