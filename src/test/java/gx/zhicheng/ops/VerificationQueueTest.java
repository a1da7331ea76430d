package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.review.DecisionLog;
import gx.zhicheng.rules.DecisionType;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.ReviewOffice;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.review.VerdictRecorder;
import gx.zhicheng.web.OfficeScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The VERIFY queue read from the declaration's columns that follow its latest verdict (migration V140): verdicts
 * recorded by the real {@link VerdictRecorder} and decisions by the real {@link DecisionLog}, nothing derived by hand,
 * so that each case fails if the recorder or the decision path stops keeping those columns. Every declaration of a
 * test has its own prefix; the queue is read through the scope and filters the console uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class VerificationQueueTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gx.zhicheng.mocks.MockedProvince.register(registry);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OfficeScope CITY = OfficeScope.everyOffice();

    @Autowired
    VerificationQueue queue;
    @Autowired
    VerdictRecorder recorder;
    @Autowired
    DecisionLog decisions;
    @Autowired
    JdbcTemplate jdbc;

    /** A declaration as DeclarationStore stores it: its series, declaredOn and office in the columns. */
    private void declaration(String id, String office, String series, boolean withdrawn) {
        ObjectNode payload = JSON.createObjectNode().put("declarationId", id).put("version", 1).put("year", 2022)
                .put("declaredOn", "2022-06-10").put("series", series).put("status", withdrawn ? "WITHDRAWN" : "SUBMITTED");
        payload.putObject("applicant").put("name", "申报人" + id.substring(id.length() - 2));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office, series, declared_on, read_model)
                VALUES (?, 1, ?, 2022, 'INTERMEDIATE', '451423199001011233', ?, ?, ?, ?, ?, ?, DATE '2022-06-10', 1)""",
                id, now, withdrawn ? "WITHDRAWN" : "SUBMITTED", payload.toString(), withdrawn ? "NO_VERDICT" : "PENDING", now,
                office, series);
    }

    /** A verdict recorded by the recorder (created now: the queue's order is the order of recording). */
    private void verdict(String id, Outcome outcome, String... findings) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < findings.length; i += 2) {
            list.add(new Finding(findings[i], Outcome.valueOf(findings[i + 1]), "核实 " + findings[i],
                    Map.of("declaredEmployer", "崇左市人民医院", "n", i)));
        }
        recorder.record(new Verdict(id, 1, outcome, list, new ReviewOffice("龙州县职改办", "0771", "龙州"),
                OffsetDateTime.now(ZoneOffset.ofHours(8)), "2022.1"));
    }

    /**
     * The recorder marks a version reviewed in the statement that writes the latest verdict's columns: only the version
     * the verdict judged, and only while it waits; a newer version pulled meanwhile keeps waiting, with its claim.
     */
    @Test
    void aVerdictEndsTheWaitOfTheVersionItJudgedOnly() {
        String id = "GX2022-QV00001";
        declaration(id, "LONGZHOU", "HEALTH", false);
        jdbc.update("UPDATE declaration SET claimed_by = 'worker-1', claimed_until = ? WHERE declaration_id = ?",
                Timestamp.from(Instant.now().plusSeconds(300)), id);

        verdict(id, Outcome.VERIFY, "WORK_HISTORY_MISMATCH", "VERIFY");
        assertThat(state(id)).isEqualTo(Map.of("REVIEW_STATE", "REVIEWED", "CLAIMED", false, "LATEST_OUTCOME", "VERIFY"));

        // version 2 arrives and is claimed; a verdict of version 1 (another content) is still its latest verdict
        jdbc.update("UPDATE declaration SET version = 2, review_state = 'PENDING', claimed_by = 'worker-2', claimed_until = ? "
                + "WHERE declaration_id = ?", Timestamp.from(Instant.now().plusSeconds(300)), id);
        verdict(id, Outcome.PASS);
        assertThat(state(id)).isEqualTo(Map.of("REVIEW_STATE", "PENDING", "CLAIMED", true, "LATEST_OUTCOME", "PASS"));
    }

    private Map<String, Object> state(String id) {
        return jdbc.queryForObject("SELECT review_state, claimed_by, latest_outcome FROM declaration WHERE declaration_id = ?",
                (rs, n) -> Map.of("REVIEW_STATE", rs.getString(1), "CLAIMED", rs.getString(2) != null,
                        "LATEST_OUTCOME", rs.getString(3)), id);
    }

    private List<String> ids(String prefix, VerificationQueue.Filter filter, OfficeScope scope) {
        return queue.page(5000, null, filter, scope, false).items().stream().map(VerificationQueue.Waiting::declarationId)
                .filter(id -> id.startsWith(prefix)).toList();
    }

    private List<String> ids(String prefix) {
        return ids(prefix, VerificationQueue.Filter.NONE, CITY);
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("a VERIFY verdict queues its declaration", List.of("VERIFY"), true),
                Arguments.of("a newer PASS verdict takes it out", List.of("VERIFY", "PASS"), false),
                Arguments.of("a newer REJECT without a VERIFY finding takes it out", List.of("VERIFY", "REJECT"), false),
                Arguments.of("a newer VERIFY verdict puts it back", List.of("VERIFY", "PASS", "VERIFY"), true),
                Arguments.of("a REJECT verdict carrying a VERIFY finding queues it", List.of("REJECT+VERIFY"), true),
                Arguments.of("an INFO finding alone queues nothing", List.of("PASS+INFO"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theLatestVerdictDecidesWhetherADeclarationWaits(String name, List<String> history, boolean queued) {
        String id = "GX2022-Q1" + String.format("%05d", Math.abs(name.hashCode()) % 100000);
        declaration(id, "LONGZHOU", "HEALTH", false);
        for (String step : history) {
            switch (step) {
                case "VERIFY" -> verdict(id, Outcome.VERIFY, "SI_RECORD_NOT_FOUND", "VERIFY");
                case "PASS" -> verdict(id, Outcome.PASS);
                case "REJECT" -> verdict(id, Outcome.REJECT, "RETIRED", "REJECT");
                case "REJECT+VERIFY" -> verdict(id, Outcome.REJECT, "RETIRED", "REJECT", "CIVIL_SERVANT", "VERIFY");
                case "PASS+INFO" -> verdict(id, Outcome.PASS, "PRIOR_YEAR_CE_HOURS_LOW", "INFO");
                default -> throw new IllegalArgumentException(step);
            }
        }
        assertThat(ids(id)).isEqualTo(queued ? List.of(id) : List.of());
    }

    @Test
    void aDecisionTakesTheFindingOutAtOnceAndLeavesTheOtherOpenFindings() {
        String id = "GX2022-Q200001";
        declaration(id, "LONGZHOU", "HEALTH", false);
        verdict(id, Outcome.VERIFY, "SI_RECORD_NOT_FOUND", "VERIFY", "WORK_HISTORY_MISMATCH", "VERIFY");
        assertThat(ids(id, new VerificationQueue.Filter(null, "SI_RECORD_NOT_FOUND", null), CITY)).containsExactly(id);

        decisions.add(id, "LONGZHOU", new Decision("SI_RECORD_NOT_FOUND", DecisionType.APPROVE, null, "operator",
                OffsetDateTime.now(), 1, Map.of("declaredEmployer", "崇左市人民医院", "n", 0)));

        // the decided finding is out of the rule's filter; the other one still waits
        assertThat(ids(id, new VerificationQueue.Filter(null, "SI_RECORD_NOT_FOUND", null), CITY)).isEmpty();
        assertThat(ids(id, new VerificationQueue.Filter(null, "WORK_HISTORY_MISMATCH", null), CITY)).containsExactly(id);
        decisions.add(id, "LONGZHOU", new Decision("WORK_HISTORY_MISMATCH", DecisionType.DISMISS, null, "operator",
                OffsetDateTime.now(), 1, Map.of("declaredEmployer", "崇左市人民医院", "n", 2)));
        assertThat(ids(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT verify_since FROM declaration WHERE declaration_id = ?", Timestamp.class, id))
                .isNull();
    }

    @Test
    void aDecisionOnOtherEvidenceLeavesTheFindingWaiting() {
        String id = "GX2022-Q200002";
        declaration(id, "LONGZHOU", "HEALTH", false);
        verdict(id, Outcome.VERIFY, "SI_RECORD_NOT_FOUND", "VERIFY");
        decisions.add(id, "LONGZHOU", new Decision("SI_RECORD_NOT_FOUND", DecisionType.APPROVE, null, "operator",
                OffsetDateTime.now(), 1, Map.of("declaredEmployer", "另一单位")));
        assertThat(ids(id)).containsExactly(id);
    }

    @Test
    void aWithdrawnDeclarationWaitsForNothing() {
        String id = "GX2022-Q300001";
        declaration(id, "LONGZHOU", "HEALTH", true);
        verdict(id, Outcome.VERIFY, "SI_RECORD_NOT_FOUND", "VERIFY");
        assertThat(ids(id)).isEmpty();
    }

    /** Twelve waiting declarations of three offices, two series, two rules and two verdict outcomes. */
    private List<String> twelve(String prefix) {
        List<String> all = new ArrayList<>();
        String[] offices = {"LONGZHOU", "JIANGZHOU", "CITY"};
        for (int i = 0; i < 12; i++) {
            String id = prefix + String.format("%02d", i);
            declaration(id, offices[i % 3], i % 2 == 0 ? "HEALTH" : "ENGINEERING", false);
            if (i % 4 == 3) {
                verdict(id, Outcome.REJECT, "RETIRED", "REJECT", "IDENTITY_TYPE_MISMATCH", "VERIFY");
            } else {
                verdict(id, Outcome.VERIFY, i % 4 == 0 ? "IDENTITY_TYPE_MISMATCH" : "SI_RECORD_NOT_FOUND", "VERIFY");
            }
            all.add(id);
        }
        return all;
    }

    @Test
    void pagesFollowEachOtherInTheQueuesOrderWithoutGapOrRepeat() {
        String prefix = "GX2022-Q4000";
        List<String> all = twelve(prefix);
        // the page key has two parts: several verdicts of one instant must not be lost between pages
        jdbc.update("UPDATE declaration SET verify_since = ? WHERE declaration_id IN (?, ?, ?, ?)",
                Timestamp.from(Instant.parse("2022-07-01T00:00:00Z")), all.get(3), all.get(4), all.get(5), all.get(6));
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        VerificationQueue.Filter mine = new VerificationQueue.Filter(null, null, null);
        do {
            VerificationQueue.Page page = queue.page(5, cursor, mine, new OfficeScope(false, List.of("LONGZHOU", "JIANGZHOU", "CITY")),
                    pages == 0);
            page.items().stream().map(VerificationQueue.Waiting::declarationId).filter(id -> id.startsWith(prefix))
                    .forEach(walked::add);
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 1000);
        List<String> expected = new ArrayList<>(List.of(all.get(3), all.get(4), all.get(5), all.get(6)));
        all.stream().filter(id -> !expected.contains(id)).forEach(expected::add);
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> queue.page(5, "not-a-cursor", mine, CITY, false)).isInstanceOf(VerificationQueue.BadCursor.class);
    }

    static Stream<Arguments> filters() {
        // i of the twelve: office i % 3 (LONGZHOU, JIANGZHOU, CITY), series HEALTH for even i, REJECT verdict for i % 4 == 3,
        // IDENTITY_TYPE_MISMATCH for i % 4 in (0, 3), else SI_RECORD_NOT_FOUND
        return Stream.of(
                Arguments.of("every office", null, null, null, null, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
                Arguments.of("office", "LONGZHOU", null, null, null, List.of(0, 3, 6, 9)),
                Arguments.of("series", null, "HEALTH", null, null, List.of(0, 2, 4, 6, 8, 10)),
                Arguments.of("rule", null, null, "IDENTITY_TYPE_MISMATCH", null, List.of(0, 3, 4, 7, 8, 11)),
                Arguments.of("verdict outcome", null, null, null, "REJECT", List.of(3, 7, 11)),
                Arguments.of("all four", "LONGZHOU", "ENGINEERING", "IDENTITY_TYPE_MISMATCH", "REJECT", List.of(3)),
                Arguments.of("a rule nothing waits for", null, null, "RETIRED", null, List.of()),
                Arguments.of("a LIKE wildcard is no rule", null, null, "SI_RECORD_NOT_FOUN%", null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filtersReturnTheRightRows(String name, String office, String series, String rule, String outcome,
                                   List<Integer> expected) {
        String prefix = "GX2022-Q5" + String.format("%03d", Math.abs(name.hashCode()) % 1000);
        List<String> all = twelve(prefix);
        VerificationQueue.Page page = queue.page(3, null, new VerificationQueue.Filter(series, rule, outcome),
                CITY.narrowedTo(office), true);
        List<String> found = new ArrayList<>();
        String cursor = null;
        do {
            VerificationQueue.Page p = queue.page(3, cursor, new VerificationQueue.Filter(series, rule, outcome),
                    CITY.narrowedTo(office), false);
            p.items().stream().map(VerificationQueue.Waiting::declarationId).filter(id -> id.startsWith(prefix)).forEach(found::add);
            cursor = p.nextCursor();
        } while (cursor != null);
        assertThat(found).containsExactlyElementsOf(expected.stream().map(all::get).toList());
        assertThat(page.total()).isGreaterThanOrEqualTo(expected.size());
    }

    @Test
    void aCountySeesItsOwnOfficeOnlyWhateverItFiltersBy() {
        String prefix = "GX2022-Q6000";
        List<String> all = twelve(prefix);
        OfficeScope longzhou = new OfficeScope(false, List.of("LONGZHOU"));

        assertThat(ids(prefix, VerificationQueue.Filter.NONE, longzhou))
                .containsExactly(all.get(0), all.get(3), all.get(6), all.get(9));
        assertThat(ids(prefix, VerificationQueue.Filter.NONE, longzhou.narrowedTo("JIANGZHOU"))).isEmpty();
        assertThat(ids(prefix, new VerificationQueue.Filter("ENGINEERING", null, null), longzhou))
                .containsExactly(all.get(3), all.get(9));
        assertThat(queue.page(50, null, VerificationQueue.Filter.NONE, longzhou.narrowedTo("JIANGZHOU"), true).total())
                .isZero();
        assertThat(queue.page(50, null, VerificationQueue.Filter.NONE, longzhou, false).items())
                .allSatisfy(w -> assertThat(w.reviewOffice()).isEqualTo("LONGZHOU"));
    }
}
