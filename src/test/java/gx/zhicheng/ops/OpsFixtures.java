package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.review.LatestVerdictIndex;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The operator tests' logins (the demo users) and rows written straight into the tables the API reads. */
public final class OpsFixtures {

    public static final String VIEWER = "viewer";
    public static final String VIEWER_PASSWORD = "viewer-demo";
    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-demo";
    /** An operator of 龙州县职改办 (office LONGZHOU): only Longzhou's declarations. */
    public static final String LONGZHOU = "longzhou";
    public static final String LONGZHOU_PASSWORD = "longzhou-demo";
    /** A second operator of the city office: the second approver of a falsification (issue 24); operator's password. */
    public static final String OPERATOR2 = "operator2";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    /** Rows written here by hand get the columns the recorder and the store would give them (migration V140). */
    private final LatestVerdictIndex latest;

    OpsFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.latest = new LatestVerdictIndex(jdbc, JSON);
    }

    /**
     * The demo profile's users, with the same hashes, offices and permissions, so the tests also prove the
     * documented passwords: viewer and operator of the city office (operator with PERSONAL_DATA), longzhou of
     * 龙州县职改办.
     */
    public static void registerUsers(DynamicPropertyRegistry registry) {
        registry.add("zhicheng.security.users[0].name", () -> VIEWER);
        registry.add("zhicheng.security.users[0].password-hash",
                () -> "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm");
        registry.add("zhicheng.security.users[0].roles", () -> "VIEWER");
        registry.add("zhicheng.security.users[0].offices", () -> "CITY");
        registry.add("zhicheng.security.users[1].name", () -> OPERATOR);
        registry.add("zhicheng.security.users[1].password-hash",
                () -> "{bcrypt}$2a$10$in7jMkQukU388vzS4Czt6eMB2b1K2LCm4QMvZhDAhURptHKKqw.WG");
        registry.add("zhicheng.security.users[1].roles", () -> "OPERATOR,VIEWER");
        registry.add("zhicheng.security.users[1].offices", () -> "CITY");
        registry.add("zhicheng.security.users[1].permissions", () -> "PERSONAL_DATA");
        registry.add("zhicheng.security.users[2].name", () -> LONGZHOU);
        registry.add("zhicheng.security.users[2].password-hash",
                () -> "{bcrypt}$2a$10$b4XdNxa.GxWrh1n2h0BAj.M3xhJCQa64/iHYkulJL3dtvRuNYM4wu");
        registry.add("zhicheng.security.users[2].roles", () -> "OPERATOR,VIEWER");
        registry.add("zhicheng.security.users[2].offices", () -> "LONGZHOU");
        registry.add("zhicheng.security.users[3].name", () -> OPERATOR2);
        registry.add("zhicheng.security.users[3].password-hash",
                () -> "{bcrypt}$2a$10$in7jMkQukU388vzS4Czt6eMB2b1K2LCm4QMvZhDAhURptHKKqw.WG");
        registry.add("zhicheng.security.users[3].roles", () -> "OPERATOR,VIEWER");
        registry.add("zhicheng.security.users[3].offices", () -> "CITY");
    }

    /**
     * The bundled province (WireMock over mocks/, a fresh database) with the demo users, unthrottled: what the
     * operator tests that sync the sample declarations first all need.
     */
    public static void registerSampleProvince(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registerUsers(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
    }

    /** A declaration of the city office's own (崇左市人民医院, no county). */
    void declaration(String id, int version, String applicantName) {
        declaration(id, version, applicantName, "CITY");
    }

    static final String ID_NUMBER = "451423199001011233"; // no sample's, so a sync never takes it for a same-level peer
    static final String PHONE = "13977100000";

    /** A declaration of {@code office} whose latest verdict waits in the VERIFY queue (no SI record found). */
    void waitingForVerification(String id, String applicantName, String office) {
        declaration(id, 1, applicantName, office);
        verdict(id, 1, "VERIFY", List.<String[]>of(new String[] {"SI_RECORD_NOT_FOUND", "VERIFY"}));
    }

    /** A declaration stored under a review office (a code of config/offices.csv). */
    void declaration(String id, int version, String applicantName, String office) {
        ObjectNode payload = JSON.createObjectNode().put("declarationId", id).put("version", version).put("status", "SUBMITTED");
        payload.putObject("applicant").put("name", applicantName).put("idNumber", ID_NUMBER).put("phone", PHONE);
        payload.putObject("employer").put("name", "崇左市人民医院");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office)
                VALUES (?, ?, ?, 2022, 'INTERMEDIATE', ?, 'SUBMITTED', ?, 'REVIEWED', ?, ?)""",
                id, version, now, ID_NUMBER, payload.toString(), now, office);
        latest.refresh(List.of(id));
    }

    /**
     * A decision on a finding, taken on {@code evidence} (JSON), with the declaration's queue columns derived again as
     * DecisionLog does in the decision's transaction.
     */
    void decision(String declarationId, String rule, String decision, String evidence) {
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at)
                VALUES (?, 1, ?, ?, NULL, ?, 'operator', CURRENT_TIMESTAMP)""", declarationId, rule, decision, evidence);
        latest.refresh(List.of(declarationId));
    }

    /** A verdict with findings given as (rule, outcome) pairs; answers its id. */
    long verdict(String declarationId, int version, String outcome, List<String[]> findings) {
        var body = JSON.createObjectNode().put("declarationId", declarationId).put("declarationVersion", version)
                .put("outcome", outcome);
        var list = body.putArray("findings");
        for (String[] f : findings) {
            list.addObject().put("rule", f[0]).put("outcome", f[1]).put("message", "核实 " + f[0])
                    .set("evidence", JSON.valueToTree(Map.of("declaredEmployer", "崇左市人民医院", "siMonths", 12)));
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, declarationId);
            ps.setInt(2, version);
            ps.setString(3, outcome);
            ps.setString(4, Integer.toHexString(body.toString().hashCode()));
            ps.setString(5, body.toString());
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        latest.refresh(List.of(declarationId));
        return keys.getKey().longValue();
    }

    long push(String declarationId, Long verdictId, String key, String state) {
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO outbox (kind, declaration_id, declaration_version, verdict_id, idempotency_key, body, state,
                                        attempts, next_attempt_at, last_error, receipt, created_at, sent_at)
                    VALUES ('PRE_REVIEW', ?, 1, ?, ?, '{}', ?, 1, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, declarationId);
            ps.setObject(2, verdictId);
            ps.setString(3, key);
            ps.setString(4, state);
            ps.setTimestamp(5, Timestamp.from(Instant.now().minusSeconds(600)));
            ps.setString(6, state.equals("DEAD") ? "HTTP 422" : null);
            ps.setString(7, state.equals("SENT") ? "R-" + key : null);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, state.equals("SENT") ? now : null);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A push the platform refused for good, with its dead letter; answers the dead letter's id. */
    long deadLetter(String declarationId, String key) {
        long outboxId = push(declarationId, null, key, "DEAD");
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO dead_letter (outbox_id, request_body, response_status, response_body, reason, created_at)
                    VALUES (?, '{}', 422, '{"code":"INVALID_FINDING","message":"审核事项不合规"}', 'HTTP 422', ?)""",
                    new String[] {"id"});
            ps.setLong(1, outboxId);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void parked(String declarationId, int version) {
        jdbc.update("""
                INSERT INTO parked_declaration (declaration_id, version, reason, payload, payload_hash, parked_at)
                VALUES (?, ?, 'level: unknown value SUPREME', '{}', ?, ?)""",
                declarationId, version, declarationId + "-" + version, Timestamp.from(Instant.now()));
    }

    Map<String, Object> outboxRow(long deadLetterId) {
        return jdbc.queryForMap("""
                SELECT o.state, o.idempotency_key, o.next_attempt_at, dl.retried_at
                  FROM dead_letter dl JOIN outbox o ON o.id = dl.outbox_id WHERE dl.id = ?""", deadLetterId);
    }

    boolean syncRunning() {
        Integer running = jdbc.queryForObject("SELECT COUNT(*) FROM sync_run WHERE state = 'RUNNING'", Integer.class);
        return running != null && running > 0;
    }
}
