package gx.zhicheng.documents;

import gx.zhicheng.rules.Labels;
import gx.zhicheng.rules.OfficeDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of {@link Supervision}, grouped by the database (PostgreSQL and H2 alike) in two statements, none of
 * which parses a payload or a verdict, and neither of which reads more than the year's entries of one index
 * (at 1,000,000 declarations: 200,000 index entries and the year's decisions; docs/benchmark.md, issue 23):
 * <ol>
 * <li>the year's declarations by review office, series, review state and latest outcome, and of each group the
 *     declarations waiting for a decision (verify_since set, V140): count, oldest and the sum of their epochs (a mean
 *     that adds up across groups); the index declaration_statistics (V140, verify_since appended by V195) alone;</li>
 * <li>the decisions on the year's declarations by office (decision.office: the declaration's review office when
 *     decided), series, kind and whole minutes from the first verdict of the decided version to the decision: the
 *     medians are taken in Java from these grouped counts, so that one median per office, per series and for the city
 *     needs one statement on both databases. The decision row keeps the declaration's year and series and that
 *     verdict's time from when it was written (V195, DecisionLog), read from the index decision_supervision alone; a
 *     decision written without them (by hand, or by an instance of an earlier release) is looked up as before V195.</li>
 * </ol>
 */
@Component
class SupervisionFigures {

    private static final String COUNTS = """
            SELECT review_office, series, review_state, latest_outcome, COUNT(*) AS n,
                   SUM(CASE WHEN verify_since IS NULL THEN 0 ELSE 1 END) AS waiting, MIN(verify_since) AS oldest,
                   SUM(EXTRACT(EPOCH FROM verify_since)) AS epochs
              FROM declaration
             WHERE decl_year = ? AND review_state <> 'NO_VERDICT'
             GROUP BY review_office, review_state, latest_outcome, series""";

    private static final String DECISIONS = """
            SELECT office, series, decision, FLOOR((EXTRACT(EPOCH FROM decided_at) - EXTRACT(EPOCH FROM first_verdict_at)) / 60)
                   AS minutes, COUNT(*) AS n
              FROM decision
             WHERE decl_year = ?
             GROUP BY office, series, decision, FLOOR((EXTRACT(EPOCH FROM decided_at) - EXTRACT(EPOCH FROM first_verdict_at)) / 60)
            UNION ALL
            SELECT office, series, decision, minutes, COUNT(*) AS n
              FROM (SELECT d.office, dc.series, d.decision,
                           FLOOR((EXTRACT(EPOCH FROM d.decided_at) - EXTRACT(EPOCH FROM COALESCE(d.first_verdict_at,
                                 (SELECT MIN(v.created_at) FROM verdict v
                                   WHERE v.declaration_id = d.declaration_id AND v.declaration_version = d.declaration_version
                                     AND v.created_at <= d.decided_at)))) / 60) AS minutes
                      FROM decision d JOIN declaration dc ON dc.declaration_id = d.declaration_id
                     WHERE d.decl_year IS NULL AND dc.decl_year = ?) latency
             GROUP BY office, series, decision, minutes""";

    private final JdbcTemplate jdbc;
    private final OfficeDirectory offices;
    private final Clock clock;

    SupervisionFigures(JdbcTemplate jdbc, OfficeDirectory offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
    }

    /** A group of the statements: office, series, and what it counts. */
    private record Count(String office, String series, String state, String outcome, long n) {}

    private record Waiting(String office, String series, long n, java.time.Instant oldest, double epochs) {}

    private record Decided(String office, String series, String decision, Long minutes, long n) {}

    Supervision ofYear(int year) {
        List<Count> counts = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        jdbc.query(COUNTS, (ResultSet rs) -> {
            counts.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            // waiting for a decision: not while the declaration waits for its unit (the VERIFY queue lists neither)
            if (rs.getLong(6) > 0 && !"AWAITING_UNIT".equals(rs.getString(3))) {
                waiting.add(new Waiting(rs.getString(1), rs.getString(2), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                        rs.getDouble(8)));
            }
        }, year);
        List<Decided> decided = jdbc.query(DECISIONS, (rs, i) -> new Decided(rs.getString(1), rs.getString(2),
                rs.getString(3), minutes(rs), rs.getLong(5)), year, year);
        OffsetDateTime asOf = OffsetDateTime.now(clock);
        double now = asOf.toEpochSecond();

        Supervision.Row city = row(null, "全市", counts, waiting, decided, now);
        List<Supervision.Row> byOffice = new ArrayList<>();
        for (String code : keys(counts, waiting, decided, Count::office, Waiting::office, Decided::office)) {
            Supervision.Row office = row(code, officeName(code), only(counts, Count::office, code),
                    only(waiting, Waiting::office, code), only(decided, Decided::office, code), now);
            byOffice.add(office.standingOut(Supervision.standsOut(office, city)));
        }
        byOffice.sort(Comparator.comparing((Supervision.Row r) -> r.standsOut().isEmpty())
                .thenComparing(Supervision.Row::declarations, Comparator.reverseOrder()).thenComparing(Supervision.Row::name));
        List<Supervision.Row> bySeries = new ArrayList<>();
        for (String series : keys(counts, waiting, decided, Count::series, Waiting::series, Decided::series)) {
            bySeries.add(row(series, series == null ? "未注明" : Labels.of(Labels.SERIES, series), only(counts, Count::series, series),
                    only(waiting, Waiting::series, series), only(decided, Decided::series, series), now));
        }
        bySeries.sort(Comparator.comparing(Supervision.Row::declarations, Comparator.reverseOrder())
                .thenComparing(Supervision.Row::code, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Supervision(year, asOf, city, byOffice, bySeries, Supervision.RULE);
    }

    private static Long minutes(ResultSet rs) throws SQLException {
        long m = rs.getLong(4);
        return rs.wasNull() ? null : m;
    }

    private String officeName(String code) {
        return code == null ? "未注明" : offices.listed(code).map(OfficeDirectory.Listed::name).orElse(code);
    }

    private static Supervision.Row row(String code, String name, List<Count> counts, List<Waiting> waiting,
                                       List<Decided> decided, double now) {
        long declarations = 0, awaiting = 0, pass = 0, returned = 0, verify = 0, reject = 0;
        for (Count c : counts) {
            declarations += c.n();
            if ("AWAITING_UNIT".equals(c.state())) {
                awaiting += c.n();
            } else if (c.outcome() != null) {
                switch (c.outcome()) {
                    case "PASS" -> pass += c.n();
                    case "RETURN" -> returned += c.n();
                    case "VERIFY" -> verify += c.n();
                    case "REJECT" -> reject += c.n();
                    default -> { }
                }
            }
        }
        long waitingCount = waiting.stream().mapToLong(Waiting::n).sum();
        Double oldest = waiting.stream().map(Waiting::oldest).min(Comparator.naturalOrder())
                .map(t -> days(now - t.getEpochSecond())).orElse(null);
        Double mean = waitingCount == 0 ? null
                : days(now - waiting.stream().mapToDouble(Waiting::epochs).sum() / waitingCount);
        long confirmed = 0, dismissed = 0, approved = 0, refused = 0;
        for (Decided d : decided) {
            switch (d.decision()) {
                case "CONFIRM", "CONFIRM_FALSIFICATION" -> confirmed += d.n();
                case "DISMISS" -> dismissed += d.n();
                case "APPROVE" -> approved += d.n();
                case "REFUSE" -> refused += d.n();
                default -> { }
            }
        }
        return new Supervision.Row(code, name, declarations, awaiting, pass, returned, verify, reject, waitingCount,
                oldest, mean, confirmed, dismissed, approved, refused, medianHours(decided), List.of());
    }

    /**
     * The median of the decisions' minutes, from groups in ascending order of minutes (an even count: the mean of
     * the two middle values, as percentile_cont(0.5)), in hours with one decimal; null without decisions.
     */
    private static Double medianHours(List<Decided> decided) {
        TreeMap<Long, Long> byMinutes = new TreeMap<>();
        decided.stream().filter(d -> d.minutes() != null).forEach(d -> byMinutes.merge(d.minutes(), d.n(), Long::sum));
        long total = byMinutes.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long low = (total - 1) / 2, high = total / 2; // 0-based ranks of the middle value(s)
        Long lowValue = null, highValue = null;
        long seen = 0;
        for (Map.Entry<Long, Long> e : byMinutes.entrySet()) {
            long next = seen + e.getValue();
            if (lowValue == null && low < next) {
                lowValue = e.getKey();
            }
            if (high < next) {
                highValue = e.getKey();
                break;
            }
            seen = next;
        }
        return Math.round((lowValue + highValue) / 2.0 / 60.0 * 10) / 10.0;
    }

    private static double days(double seconds) {
        return Math.round(seconds / 86_400.0 * 10) / 10.0;
    }

    private static <T> List<T> only(List<T> rows, Function<T, String> key, String value) {
        return rows.stream().filter(r -> java.util.Objects.equals(key.apply(r), value)).toList();
    }

    private static List<String> keys(List<Count> counts, List<Waiting> waiting, List<Decided> decided,
                                     Function<Count, String> a, Function<Waiting, String> b, Function<Decided, String> c) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        counts.forEach(x -> keys.add(a.apply(x)));
        waiting.forEach(x -> keys.add(b.apply(x)));
        decided.forEach(x -> keys.add(c.apply(x)));
        return new ArrayList<>(keys);
    }
}
