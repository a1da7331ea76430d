package gx.zhicheng.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.Declaration;
import gx.zhicheng.review.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads each declaration's latest verdict with the declaration it judged. Withdrawn declarations (no verdict
 * owed) are left out. A declaration year is a column; a range of declaredOn is narrowed by year in SQL and
 * decided on the parsed declaration (declaredOn lives in the payload; the contract ties year to it).
 */
@Component
class LatestVerdicts {

    private static final String LATEST = """
            SELECT d.payload, v.body FROM verdict v JOIN declaration d ON d.declaration_id = v.declaration_id
             WHERE v.id = (SELECT MAX(latest.id) FROM verdict latest WHERE latest.declaration_id = v.declaration_id)
               AND d.review_state <> 'NO_VERDICT'
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    LatestVerdicts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Reviewed> of(String declarationId) {
        return query(LATEST + " AND d.declaration_id = ?", declarationId).stream().findFirst();
    }

    List<Reviewed> ofYear(int year) {
        return query(LATEST + " AND d.decl_year = ? ORDER BY d.declaration_id", year);
    }

    /** Declared from {@code from} to {@code to}, both included. */
    List<Reviewed> declaredBetween(LocalDate from, LocalDate to) {
        return query(LATEST + " AND d.decl_year BETWEEN ? AND ? ORDER BY d.declaration_id", from.getYear(), to.getYear())
                .stream()
                .filter(r -> r.declaration().declaredOn() != null && !r.declaration().declaredOn().isBefore(from)
                        && !r.declaration().declaredOn().isAfter(to))
                .toList();
    }

    List<Reviewed> all() {
        return query(LATEST + " ORDER BY d.declaration_id");
    }

    private List<Reviewed> query(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> new Reviewed(read(rs.getString("payload"), Declaration.class),
                read(rs.getString("body"), Verdict.class)), args);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " no longer parses", e);
        }
    }
}
