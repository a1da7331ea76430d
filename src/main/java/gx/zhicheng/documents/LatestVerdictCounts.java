package gx.zhicheng.documents;

import gx.zhicheng.web.OfficeScope;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statistics' counts grouped in SQL, from the columns each declaration keeps of its latest verdict (migration
 * V140: outcome, office name and rules of the latest verdict; series and declaredOn of the payload), read from the
 * index declaration_statistics alone. The same declarations as {@link LatestVerdicts}: a latest verdict, not
 * withdrawn, in the user's offices ({@link OfficeScope}, in SQL).
 */
@Component
class LatestVerdictCounts {

    private static final String GROUPS = """
            SELECT %s latest_outcome, series, latest_office_name, latest_rules, COUNT(*) AS declarations
              FROM declaration
             WHERE latest_outcome IS NOT NULL AND review_state NOT IN ('NO_VERDICT', 'AWAITING_UNIT') AND %s
             GROUP BY %s latest_outcome, series, latest_office_name, latest_rules""";

    private final JdbcTemplate jdbc;

    LatestVerdictCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Statistics.Group> ofYear(int year, OfficeScope scope) {
        return query(GROUPS.formatted("", "decl_year = ? AND " + scope.sql("review_office"), ""),
                OfficeScope.args(year, scope));
    }

    /** Declared from {@code from} to {@code to}, both included (a declaration without declaredOn is in no range). */
    List<Statistics.Group> declaredBetween(LocalDate from, LocalDate to, OfficeScope scope) {
        return query(GROUPS.formatted("", "decl_year BETWEEN ? AND ? AND declared_on BETWEEN ? AND ? AND "
                        + scope.sql("review_office"), ""),
                OfficeScope.args(from.getYear(), to.getYear(), Date.valueOf(from), Date.valueOf(to), scope));
    }

    /** The declarations of the year, in the user's offices, that wait for their unit (review_state AWAITING_UNIT). */
    long awaitingUnitOfYear(int year, OfficeScope scope) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE review_state = 'AWAITING_UNIT' AND decl_year = ? AND "
                + scope.sql("review_office"), Long.class, OfficeScope.args(year, scope));
    }

    /** The same, declared from {@code from} to {@code to}, both included. */
    long awaitingUnitDeclaredBetween(LocalDate from, LocalDate to, OfficeScope scope) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE review_state = 'AWAITING_UNIT' "
                        + "AND decl_year BETWEEN ? AND ? AND declared_on BETWEEN ? AND ? AND " + scope.sql("review_office"),
                Long.class, OfficeScope.args(from.getYear(), to.getYear(), Date.valueOf(from), Date.valueOf(to), scope));
    }

    /** Every office's, by declaration year: the adapter's own gauges, never a user's read. */
    List<Statistics.Group> everyYear() {
        return jdbc.query(GROUPS.formatted("decl_year,", "(1 = 1)", "decl_year,"),
                (rs, n) -> new Statistics.Group(rs.getInt("decl_year"), rs.getString("latest_outcome"), rs.getString("series"),
                        rs.getString("latest_office_name"), rs.getString("latest_rules"), rs.getLong("declarations")));
    }

    private List<Statistics.Group> query(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> new Statistics.Group(null, rs.getString("latest_outcome"), rs.getString("series"),
                rs.getString("latest_office_name"), rs.getString("latest_rules"), rs.getLong("declarations")), args);
    }
}
