package gx.zhicheng.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.web.OfficeScope;
import gx.zhicheng.system.SqlLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * What a year's batch of documents holds: the declarations of the year whose latest verdict has one of the
     * outcomes (and, for letters, one of the series and levels), chosen in SQL from the latest-verdict columns of
     * the declaration (V140), so that only what one batch prints is read and parsed.
     */
    record Batch(int year, OfficeScope scope, Set<Outcome> outcomes, List<SeriesLevel> seriesLevels) {
        Batch {
            outcomes = Set.copyOf(outcomes);
            seriesLevels = seriesLevels == null ? null : List.copyOf(seriesLevels);
        }

        private String where() {
            String sql = " AND d.decl_year = ? AND d.latest_outcome IN " + SqlLists.in(outcomes.size());
            if (seriesLevels != null) {
                sql += seriesLevels.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ",
                        seriesLevels.stream().map(p -> "(d.series = ? AND d.level = ?)").toList()) + ")";
            }
            return sql + " AND " + scope.sql("d.review_office");
        }

        private List<Object> args() {
            List<Object> args = new ArrayList<>();
            args.add(year);
            outcomes.stream().map(Outcome::name).sorted().forEach(args::add);
            if (seriesLevels != null) {
                seriesLevels.forEach(p -> {
                    args.add(p.series());
                    args.add(p.level());
                });
            }
            args.addAll(Arrays.asList(OfficeScope.args(scope)));
            return args;
        }
    }

    record SeriesLevel(String series, String level) {}

    int count(Batch batch) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM declaration d WHERE d.review_state NOT IN "
                + "('NO_VERDICT', 'AWAITING_UNIT')" + batch.where(), Integer.class, batch.args().toArray());
        return count == null ? 0 : count;
    }

    /** The part of a batch from {@code offset}, at most {@code limit}, in declaration ID order. */
    List<Reviewed> of(Batch batch, int offset, int limit) {
        List<Object> args = batch.args();
        args.add(limit);
        args.add(offset);
        return query(LATEST + batch.where() + " ORDER BY d.declaration_id LIMIT ? OFFSET ?", args.toArray());
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
