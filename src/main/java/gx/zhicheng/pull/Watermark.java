package gx.zhicheng.pull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the incremental pull starts next time: the newest updatedAt stored. The listing is ordered by
 * updatedAt and updatedSince is inclusive, so saving it after every page loses nothing on a crash; the
 * items seen again are equal versions and change nothing. It only moves forward.
 */
@Component
class Watermark {

    private static final String NAME = "declarations";
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Watermark(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<OffsetDateTime> updatedSince() {
        List<Timestamp> rows = jdbc.queryForList(
                "SELECT updated_since FROM sync_watermark WHERE name = ?", Timestamp.class, NAME);
        return rows.stream().findFirst().map(t -> t.toInstant().atOffset(ZoneOffset.ofHours(8)));
    }

    void advanceTo(OffsetDateTime seen) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp at = Timestamp.from(seen.toInstant());
        int updated = jdbc.update(
                "UPDATE sync_watermark SET updated_since = ?, saved_at = ? WHERE name = ? AND updated_since < ?",
                at, now, NAME, at);
        if (updated == 0) {
            Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM sync_watermark WHERE name = ?", Integer.class, NAME);
            if (exists != null && exists == 0) {
                jdbc.update("INSERT INTO sync_watermark (name, updated_since, saved_at) VALUES (?, ?, ?)", NAME, at, now);
            }
        }
    }
}
