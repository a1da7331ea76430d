package gx.zhicheng.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.Declaration;
import gx.zhicheng.review.Verdict;
import gx.zhicheng.system.OfficeScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads each declaration's latest verdict with the declaration it judged. Withdrawn declarations (no verdict
 * owed) are left out. A declaration year is a column; a range of declaredOn is narrowed by year in SQL and
 * decided on the parsed declaration (declaredOn lives in the payload; the contract ties year to it). Every read
 * for a user is limited in SQL to the offices of their {@link OfficeScope}.
 */
@Component
class LatestVerdicts {

    private static final String LATEST = """
            SELECT d.payload, v.body FROM verdict v JOIN declaration d ON d.declaration_id = v.declaration_id
             WHERE v.id = (SELECT MAX(latest.id) FROM verdict latest WHERE latest.declaration_id = v.declaration_id)
               AND d.review_state NOT IN ('NO_VERDICT', 'AWAITING_UNIT')
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    LatestVerdicts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Reviewed> of(String declarationId, OfficeScope scope) {
        return query(LATEST + " AND d.declaration_id = ? AND " + scope.sql("d.review_office"),
                OfficeScope.args(declarationId, scope)).stream().findFirst();
    }

    List<Reviewed> ofYear(int year, OfficeScope scope) {
        return query(LATEST + " AND d.decl_year = ? AND " + scope.sql("d.review_office") + " ORDER BY d.declaration_id",
                OfficeScope.args(year, scope));
    }

    /** Declared from {@code from} to {@code to}, both included. */
    List<Reviewed> declaredBetween(LocalDate from, LocalDate to, OfficeScope scope) {
        return query(LATEST + " AND d.decl_year BETWEEN ? AND ? AND " + scope.sql("d.review_office")
                        + " ORDER BY d.declaration_id", OfficeScope.args(from.getYear(), to.getYear(), scope))
                .stream()
                .filter(r -> r.declaration().declaredOn() != null && !r.declaration().declaredOn().isBefore(from)
                        && !r.declaration().declaredOn().isAfter(to))
                .toList();
    }

    /** Every office's: the adapter's own gauges, never a user's read. */
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
