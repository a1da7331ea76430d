package gx.zhicheng.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The operator phase ({@code -Dbench.mode=operator}, docs/benchmark.md): a PostgreSQL schema with N stored
 * declarations as the adapter leaves them (migrated by Flyway, then seeded set-based with generate_series: payloads,
 * verdict bodies in the recorder's format, the V140 columns the recorder keeps, pushes, dead letters, decisions,
 * runs), or a schema kept by an earlier run ({@code -Dbench.schema=NAME}); then the adapter, web only (no sync, no
 * schedule), and the operator API called as the console calls it: logged in through the login form, with the session
 * cookie (the console's way: one bcrypt check at login, none per call), one call at a time. Prints p50/p95/max per
 * endpoint, and the same for one endpoint with HTTP Basic (a script's way: bcrypt on every call) for comparison.
 */
final class OperatorBench {

    /** The demo accounts' hashes (docs/operators.md): operator of the city office, longzhou of 龙州县职改办. */
    private static final String OPERATOR_HASH = "{bcrypt}$2a$10$in7jMkQukU388vzS4Czt6eMB2b1K2LCm4QMvZhDAhURptHKKqw.WG";
    private static final String LONGZHOU_HASH = "{bcrypt}$2a$10$b4XdNxa.GxWrh1n2h0BAj.M3xhJCQa64/iHYkulJL3dtvRuNYM4wu";
    private static final int YEAR = 2022;

    private OperatorBench() {}

    static void run(BenchSettings settings) throws Exception {
        String given = System.getProperty("bench.schema", "");
        String schema = given.isBlank() ? "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) : given;
        int n = settings.declarations();
        int calls = Integer.getInteger("bench.calls", 50);
        boolean keep = settings.keepSchema() || !given.isBlank();
        Process adapter = null;
        boolean seeded = !given.isBlank();
        try {
            if (given.isBlank()) {
                Machine.createSchema(settings, schema);
                long started = System.nanoTime();
                Flyway.configure().dataSource(settings.dbUrl() + "?currentSchema=" + schema, settings.dbUser(), "")
                        .schemas(schema).locations("classpath:db/migration").load().migrate();
                seed(settings, schema, n);
                seeded = true;
                System.out.printf("operator phase: schema %s seeded with %,d declarations in %.0f s (load average %s)%n",
                        schema, n, (System.nanoTime() - started) / 1e9, Machine.loadAverage());
            } else {
                System.out.printf("operator phase: schema %s as a previous run left it%n", schema);
            }
            printCounts(settings, schema);
            int port = freePort();
            Path log = Files.createDirectories(settings.workDir().toAbsolutePath()).resolve("adapter-operator.log");
            long started = System.nanoTime();
            adapter = start(settings, schema, port, log);
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            waitUntilUp(http, base, adapter, log);
            System.out.printf("adapter up in %.1f s (web only; log %s), load average %s%n", (System.nanoTime() - started) / 1e9,
                    log, Machine.loadAverage());
            measure(http, base, settings, schema, calls);
        } finally {
            if (adapter != null) {
                adapter.destroy();
                if (!adapter.waitFor(60, TimeUnit.SECONDS)) {
                    adapter.destroyForcibly().waitFor();
                }
            }
            if (!keep || !seeded) {
                Machine.dropSchema(settings, schema);
            } else {
                System.out.printf("schema kept: -Dbench.schema=%s reuses it%n", schema);
            }
        }
    }

    // ---- seeding ----

    /** Offices (config/offices.csv codes) with the name a verdict's reviewOffice carries, most declarations first. */
    private static final String[][] OFFICES = {
            {"CITY", "崇左市职改办"}, {"JIANGZHOU", "江州区职改办"}, {"FUSUI", "扶绥县职改办"}, {"NINGMING", "宁明县职改办"},
            {"LONGZHOU", "龙州县职改办"}, {"DAXIN", "大新县职改办"}, {"TIANDENG", "天等县职改办"}, {"PINGXIANG", "凭祥市职改办"},
            {"HEALTH_COMMISSION", "市卫生健康委"}, {"EDUCATION", "市教育局"}, {"INDUSTRY_IT", "市工信局"},
            {"AGRICULTURE", "市农业农村局"}, {"HOUSING", "市住建局"}, {"TRANSPORT", "市交通运输局"}, {"WATER", "市水利局"},
            {"CULTURE_TOURISM", "市文化和旅游局（体育局）"}};
    private static final String[] SERIES = {"PRIMARY_SECONDARY_TEACHER", "HEALTH", "ENGINEERING", "ECONOMICS", "AGRICULTURE",
            "SECONDARY_VOCATIONAL_TEACHER", "ACCOUNTING", "LIBRARY", "ART", "TECHNICAL_SCHOOL_TEACHER", "SPORTS", "MASS_CULTURE"};
    private static final String[] LEVELS = {"INTERMEDIATE", "ASSISTANT", "DEPUTY_SENIOR", "TECHNICIAN", "SENIOR"};

    private static String array(String[] values) {
        return "(ARRAY[" + String.join(",", Arrays.stream(values).map(v -> "'" + v + "'").toList()) + "])";
    }

    /**
     * N declarations, deterministic per number i: year 2020 + i % 5, the outcome mix of SyntheticDeclarations (55 %
     * PASS, every 7th with an INFO finding; 25 % RETURN; 10 % VERIFY, half SI_RECORD_NOT_FOUND, half
     * IDENTITY_TYPE_MISMATCH; 10 % REJECT), offices weighted towards the city and the counties, one in a hundred
     * withdrawn and one in a hundred waiting for its unit (a 2022.1 verdict kept); one verdict each (the first tenth also
     * an older one), one sent push each, 1,000 dead letters, a decision on every tenth declaration (every kind), 300 runs.
     */
    private static void seed(BenchSettings settings, String schema, int n) throws SQLException {
        int older = n / 10;
        String[] officeCodes = Arrays.stream(OFFICES).map(o -> o[0]).toArray(String[]::new);
        String[] officeNames = Arrays.stream(OFFICES).map(o -> o[1]).toArray(String[]::new);
        // skewed: the first offices draw more (h*h/590 for a hash h of i in 0..96); series and offices drawn by hashes
        // of i, so that they do not follow the outcome (a function of i / 5 mod 20: every year has the whole mix, where i mod 20 put every VERIFY in 2021 and 2022)
        String office = "(1 + (abs(hashint4(i + 7)::bigint) % 97)::int * (abs(hashint4(i + 7)::bigint) % 97)::int / 590)";
        try (Connection c = connect(settings, schema); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET maintenance_work_mem = '256MB'");
            s.execute("SET synchronous_commit = off");
            s.execute(("""
                    CREATE TEMP TABLE seed AS
                    SELECT i, 'GX' || (2020 + i %% 5) || '-' || lpad(i::text, 7, '0') AS id, 2020 + i %% 5 AS yr,
                           CASE WHEN (i / 5) %% 20 < 11 THEN 'PASS' WHEN (i / 5) %% 20 < 16 THEN 'RETURN' WHEN (i / 5) %% 20 < 18 THEN 'VERIFY'
                                ELSE 'REJECT' END AS outcome,
                           %s[%s] AS office, %s[%s] AS office_name,
                           %s[1 + (abs(hashint4(i)::bigint) %% %d)::int] AS series, %s[1 + (i / 3) %% %d] AS level,
                           make_date(2020 + i %% 5, 1 + i %% 12, 1 + i %% 28) AS declared_on,
                           TIMESTAMPTZ '2026-01-01 08:00:00+08' + (i || ' seconds')::interval AS reviewed_at,
                           i %% 100 = 99 AS withdrawn, i %% 100 = 98 AS awaiting
                      FROM generate_series(1, %d) AS i""").formatted(
                    array(officeCodes), office, array(officeNames), office, array(SERIES), SERIES.length, array(LEVELS),
                    LEVELS.length, n));
            s.execute("""
                    ALTER TABLE seed ADD COLUMN findings TEXT;
                    UPDATE seed SET findings = CASE
                      WHEN outcome = 'PASS' AND i % 7 = 0 THEN
                        '[{"rule":"PRIOR_YEAR_CE_HOURS_LOW","outcome":"INFO","message":"上一年度继续教育学时不足（32 学时，要求 90 学时）","evidence":{"year":' || (yr - 1) || ',"hours":32,"required":90}}]'
                      WHEN outcome = 'PASS' THEN '[]'
                      WHEN outcome = 'RETURN' THEN
                        '[{"rule":"PUBLIC_SUBJECT_EXAM_MISSING","outcome":"RETURN","message":"缺少公需科目考试合格证明","evidence":{"attachments":["OTHER"]}}]'
                      WHEN outcome = 'VERIFY' AND i % 2 = 0 THEN
                        '[{"rule":"SI_RECORD_NOT_FOUND","outcome":"VERIFY","message":"社保系统中查无该申报人的参保记录，请核实","evidence":{"siMonths":0,"checkWindowMonths":60,"declaredEmployer":"崇左市某单位' || (i % 1000) || '"}}]'
                      WHEN outcome = 'VERIFY' THEN
                        '[{"rule":"IDENTITY_TYPE_MISMATCH","outcome":"VERIFY","message":"社保登记的单位类型与申报的单位类别不一致，请核实","evidence":{"declaredCategory":"PUBLIC_INSTITUTION","siEmployerType":"PRIVATE_ENTERPRISE","months":24}}]'
                      WHEN i % 2 = 0 THEN
                        '[{"rule":"UNDER_INVESTIGATION_OR_SANCTION","outcome":"REJECT","message":"申报人正在接受调查或处分期内","evidence":{"until":"' || (yr + 1) || '-06-30"}}]'
                      ELSE
                        '[{"rule":"INTEGRITY_RECORD_ACTIVE","outcome":"REJECT","message":"申报人诚信档案记录在有效期内","evidence":{"recordedOn":"' || (yr - 1) || '-08-01","expiresOn":"' || (yr + 2) || '-08-01"}}]'
                    END""");
            // the older verdicts (ids 1..older) come first, so that each declaration's latest has the highest id
            s.execute(("""
                    INSERT INTO verdict (id, declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    SELECT i, id, 1, 'RETURN', md5('old' || id),
                           '{"declarationId":"' || id || '","declarationVersion":1,"outcome":"RETURN","findings":[{"rule":"WORK_HISTORY_MISSING","outcome":"RETURN","message":"未填写工作经历","evidence":{}}],"reviewOffice":{"name":"' || office_name || '","phone":"0771-7968335","address":"崇左市友谊大道20号"},"reviewedAt":"2025-12-01T08:00:00+08:00","rulesVersion":"2022.1"}',
                           reviewed_at - INTERVAL '30 days'
                      FROM seed WHERE i <= %d""").formatted(older));
            s.execute(("""
                    INSERT INTO verdict (id, declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    SELECT %d + i, id, 1, outcome, md5(id || outcome),
                           '{"declarationId":"' || id || '","declarationVersion":1,"outcome":"' || outcome || '","findings":' || findings
                           || ',"reviewOffice":{"name":"' || office_name || '","phone":"0771-7968335","address":"崇左市友谊大道20号"},"reviewedAt":"'
                           || to_char(reviewed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00","rulesVersion":"2022.1"}',
                           reviewed_at
                      FROM seed""").formatted(older));
            s.execute("SELECT setval(pg_get_serial_sequence('verdict', 'id'), (SELECT MAX(id) FROM verdict))");
            s.execute(("""
                    INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                             review_state, stored_at, review_office, series, declared_on, latest_verdict_id,
                                             latest_verdict_at, latest_outcome, latest_office_name, latest_rules, verify_rules,
                                             verify_since, read_model)
                    SELECT id, 1, reviewed_at - INTERVAL '1 hour', yr, level, '4514' || lpad((i %% 100000000)::text, 14, '0'),
                           CASE WHEN withdrawn THEN 'WITHDRAWN' WHEN awaiting THEN 'SUBMITTED' ELSE 'UNIT_RECOMMENDED' END,
                           '{"declarationId":"' || id || '","version":1,"updatedAt":"' || to_char(reviewed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00","year":' || yr
                           || ',"declaredOn":"' || declared_on || '","status":"' || CASE WHEN withdrawn THEN 'WITHDRAWN' WHEN awaiting THEN 'SUBMITTED' ELSE 'UNIT_RECOMMENDED' END
                           || '","applicant":{"name":"申报人' || i || '","idNumber":"4514' || lpad((i %% 100000000)::text, 14, '0') || '","formerNames":[],"phone":"139' || lpad((i %% 100000000)::text, 8, '0') || '"}'
                           || ',"category":"PUBLIC_INSTITUTION","employer":{"name":"崇左市某单位' || (i %% 1000) || '","creditCode":"12451400MB' || lpad((i %% 10000000)::text, 8, '0') || '","independentLegalPerson":true,"regionCode":"451402"}'
                           || ',"series":"' || series || '","industry":"","specialty":"专业' || (i %% 50) || '","level":"' || level || '"'
                           || ',"currentTitle":{"level":"ASSISTANT","series":"' || series || '","obtainedOn":"' || (yr - 5) || '-09-01","issuedInGuangxi":true}'
                           || ',"education":{"degree":"BACHELOR","graduatedOn":"' || (yr - 10) || '-07-01"}'
                           || ',"workHistory":[{"employerName":"崇左市某单位' || (i %% 1000) || '","creditCode":"12451400MB' || lpad((i %% 10000000)::text, 8, '0') || '","from":"' || (yr - 10) || '-08","to":null,"position":"技术员","professionalWork":true,"freelance":false}]'
                           || ',"claims":{},"attachments":[{"type":"PROFESSIONAL_WORK_PROOF","fileId":"F' || i || '"}]}',
                           CASE WHEN withdrawn THEN 'NO_VERDICT' WHEN awaiting THEN 'AWAITING_UNIT' ELSE 'REVIEWED' END, reviewed_at - INTERVAL '1 hour', office, series,
                           declared_on, %d + i, reviewed_at, outcome, office_name,
                           CASE outcome WHEN 'PASS' THEN CASE WHEN i %% 7 = 0 THEN ',PRIOR_YEAR_CE_HOURS_LOW,' END
                                        WHEN 'RETURN' THEN ',PUBLIC_SUBJECT_EXAM_MISSING,'
                                        WHEN 'VERIFY' THEN CASE WHEN i %% 2 = 0 THEN ',SI_RECORD_NOT_FOUND,' ELSE ',IDENTITY_TYPE_MISMATCH,' END
                                        ELSE CASE WHEN i %% 2 = 0 THEN ',UNDER_INVESTIGATION_OR_SANCTION,' ELSE ',INTEGRITY_RECORD_ACTIVE,' END END,
                           CASE WHEN outcome = 'VERIFY' AND NOT awaiting THEN CASE WHEN i %% 2 = 0 THEN ',SI_RECORD_NOT_FOUND,' ELSE ',IDENTITY_TYPE_MISMATCH,' END END,
                           CASE WHEN outcome = 'VERIFY' AND NOT awaiting THEN reviewed_at END, 1
                      FROM seed""").formatted(older));
            s.execute(("""
                    INSERT INTO outbox (kind, declaration_id, declaration_version, verdict_id, idempotency_key, body, state, attempts,
                                        next_attempt_at, receipt, created_at, sent_at)
                    SELECT 'PRE_REVIEW', id, 1, %d + i, 'pr-' || id || '-v1-' || substr(md5(id), 1, 16), '{}',
                           CASE WHEN i > %d THEN 'DEAD' ELSE 'SENT' END, 1, reviewed_at,
                           CASE WHEN i > %d THEN NULL ELSE 'R-' || id END, reviewed_at, reviewed_at
                      FROM seed""").formatted(older, n - Math.min(1000, n / 10), n - Math.min(1000, n / 10)));
            s.execute("""
                    INSERT INTO dead_letter (outbox_id, request_body, response_status, response_body, reason, created_at)
                    SELECT id, '{}', 422, '{"code":"INVALID_FINDING","message":"审核事项不合规"}', 'HTTP 422', created_at
                      FROM outbox WHERE state = 'DEAD'""");
            // one decision for a tenth of the declarations, drawn by a hash of i (every year, office, series and outcome;
            // 99,000 at 1,000,000, as many as VERIFY findings), on the declaration's version, by its office: every kind (CONFIRM 10 %, CONFIRM_FALSIFICATION
            // 5 %, DISMISS 35 %, APPROVE 40 %, REFUSE 10 %), 0-72 hours after the verdict (DAXIN four times slower, so that
            // an office stands out); the first tenth's version also has the older verdict, 30 days earlier
            s.execute("""
                    INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at,
                                          office, decl_year, series, first_verdict_at)
                    SELECT id, 1, CASE WHEN kind IN ('APPROVE', 'REFUSE') THEN 'NO_TITLE_APPROVAL_REQUIRED'
                                       WHEN i %% 2 = 0 THEN 'SI_RECORD_NOT_FOUND' ELSE 'IDENTITY_TYPE_MISMATCH' END,
                           kind, '已核实', '{}', 'operator',
                           reviewed_at + ((abs(hashint4(i + 5)::bigint) %% 4320) * CASE WHEN office = 'DAXIN' THEN 4 ELSE 1 END
                                          || ' minutes')::interval, office,
                           yr, series, CASE WHEN i <= %d THEN reviewed_at - INTERVAL '30 days' ELSE reviewed_at END
                      FROM (SELECT seed.*, CASE WHEN abs(hashint4(i + 3)::bigint) %% 20 < 2 THEN 'CONFIRM'
                                                WHEN abs(hashint4(i + 3)::bigint) %% 20 < 3 THEN 'CONFIRM_FALSIFICATION'
                                                WHEN abs(hashint4(i + 3)::bigint) %% 20 < 10 THEN 'DISMISS'
                                                WHEN abs(hashint4(i + 3)::bigint) %% 20 < 18 THEN 'APPROVE'
                                                ELSE 'REFUSE' END AS kind
                              FROM seed WHERE abs(hashint4(i + 11)::bigint) %% 10 = 0 AND NOT withdrawn) decided""".formatted(older));
            s.execute("""
                    INSERT INTO sync_run (kind, state, started_at, finished_at, pulled, reviewed, passed, returned, verify, rejected,
                                          pushed)
                    SELECT 'SCHEDULED', 'SUCCEEDED', TIMESTAMPTZ '2026-01-01 02:00:00+08' + (i || ' days')::interval,
                           TIMESTAMPTZ '2026-01-01 02:20:00+08' + (i || ' days')::interval, 3000, 3000, 1650, 750, 300, 300, 3000
                      FROM generate_series(1, 300) AS i""");
            s.execute("DROP TABLE seed");
            for (String table : List.of("declaration", "verdict", "outbox", "dead_letter", "decision", "sync_run")) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
    }

    private static void printCounts(BenchSettings settings, String schema) throws SQLException {
        try (Connection c = connect(settings, schema); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT COUNT(*) FROM declaration), (SELECT COUNT(*) FROM declaration WHERE verify_since IS NOT NULL),
                            (SELECT COUNT(*) FROM declaration WHERE decl_year = 2022), (SELECT COUNT(*) FROM verdict),
                            (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM dead_letter),
                            (SELECT pg_size_pretty(pg_total_relation_size('declaration'))), (SELECT COUNT(*) FROM decision),
                            (SELECT COUNT(*) FROM declaration WHERE review_state = 'AWAITING_UNIT')""")) {
            rs.next();
            System.out.printf("  %,d declarations (%,d with an open VERIFY finding, %,d waiting for their unit, %,d of %d), "
                            + "%,d verdicts, %,d pushes, %,d dead letters, %,d decisions; declaration table with its indexes %s%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(9), rs.getLong(3), YEAR, rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(8), rs.getString(7));
        }
    }

    private static Connection connect(BenchSettings settings, String schema) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl() + "?currentSchema=" + schema, settings.dbUser(), "");
    }

    // ---- the adapter, web only ----

    private static Process start(BenchSettings settings, String schema, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.xmx()));
        command.addAll(settings.adapterJvmArgs());
        if (settings.adapterJar().isBlank()) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "gx.zhicheng.ZhichengSyncApplication"));
        } else {
            command.addAll(List.of("-jar", Path.of(settings.adapterJar()).toAbsolutePath().toString()));
        }
        String nowhere = "http://127.0.0.1:9";
        command.addAll(List.of("--server.port=" + port, "--zhicheng.sync.scheduled=false", "--zhicheng.sync.on-startup=false",
                "--zhicheng.outbox.drain-enabled=false",
                "--zhicheng.platform.base-url=" + nowhere, "--zhicheng.platform.client-id=bench",
                "--zhicheng.platform.client-secret=bench-secret",
                "--zhicheng.feeds.si.base-url=" + nowhere, "--zhicheng.feeds.si.app-key=k", "--zhicheng.feeds.si.app-secret=s",
                "--zhicheng.feeds.ce.base-url=" + nowhere, "--zhicheng.feeds.ce.app-key=k", "--zhicheng.feeds.ce.app-secret=s",
                "--spring.datasource.url=" + settings.dbUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + settings.dbUser(), "--spring.flyway.schemas=" + schema,
                "--zhicheng.security.users[0].name=operator", "--zhicheng.security.users[0].password-hash=" + OPERATOR_HASH,
                "--zhicheng.security.users[0].roles=OPERATOR,VIEWER", "--zhicheng.security.users[0].offices=CITY",
                "--zhicheng.security.users[1].name=longzhou", "--zhicheng.security.users[1].password-hash=" + LONGZHOU_HASH,
                "--zhicheng.security.users[1].roles=OPERATOR,VIEWER", "--zhicheng.security.users[1].offices=LONGZHOU"));
        if (!settings.extraAdapterArgs().isBlank()) {
            command.addAll(List.of(settings.extraAdapterArgs().trim().split("\\s+")));
        }
        Process adapter = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(adapter::destroyForcibly));
        return adapter;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilUp(HttpClient http, String base, Process adapter, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!adapter.isAlive()) {
                throw new IllegalStateException("the adapter stopped (exit " + adapter.exitValue() + "); see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the adapter did not come up in 20 minutes; see " + log);
    }

    // ---- the console's calls ----

    /** A logged-in browser: the cookies the server set (kept by hand: the session cookie is Secure, this is http). */
    private static final class Session {
        private final HttpClient http;
        private final String base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String basic;

        private Session(HttpClient http, String base, String basic) {
            this.http = http;
            this.base = base;
            this.basic = basic;
        }

        /** The console's login: the form with its CSRF token, then the session cookie. */
        static Session login(HttpClient http, String base, String user, String password) throws Exception {
            Session session = new Session(http, base, null);
            HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Accept", "text/html"), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> done = session.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
            String location = done.headers().firstValue("Location").orElse("");
            if (done.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
                throw new IllegalStateException("login of " + user + " failed: " + done.statusCode() + " " + location);
            }
            return session;
        }

        /** A script's way: HTTP Basic on every call, no cookies. */
        static Session basic(HttpClient http, String base, String user, String password) {
            return new Session(http, base, "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            if (basic != null) {
                request.header("Authorization", basic);
            }
            HttpResponse<T> response = http.send(request.timeout(Duration.ofMinutes(2)).build(), body);
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }

        /** A GET as the console's script sends it; answers the body, fails on anything but 200. */
        String get(String path) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("X-Requested-With", "XMLHttpRequest").header("Accept", "application/json"),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private static void measure(HttpClient http, String base, BenchSettings settings, String schema, int calls) throws Exception {
        Session city = Session.login(http, base, "operator", "operator-demo");
        Session county = Session.login(http, base, "longzhou", "longzhou-demo");
        Session script = Session.basic(http, base, "operator", "operator-demo");
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(settings, schema); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT declaration_id FROM declaration ORDER BY md5(declaration_id) LIMIT " + calls)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        // pages 2..11 of the queue, walked again and again from page 1's cursor (each call one page, as 下一页 does)
        String[] cursor = {null};
        int[] walked = {0};
        IntFunction<String> nextPage = k -> {
            if (cursor[0] == null || walked[0] == 10) {
                cursor[0] = cursorOf(call(city, "/api/ops/verifications/page?limit=50"));
                walked[0] = 0;
            }
            walked[0]++;
            return "/api/ops/verifications/page?limit=50&cursor=" + cursor[0];
        };
        String[] filters = {"office=LONGZHOU", "series=HEALTH", "rule=IDENTITY_TYPE_MISMATCH", "outcome=VERIFY",
                "office=JIANGZHOU&series=ENGINEERING&rule=SI_RECORD_NOT_FOUND"};
        System.out.printf("operator API, %d calls per endpoint after 5 warm-up calls, one at a time, load average %s:%n", calls,
                Machine.loadAverage());
        System.out.printf("  %-58s %8s %8s %8s %10s%n", "endpoint (console session unless said)", "p50 ms", "p95 ms", "max ms", "bytes");
        endpoint("runs", calls, k -> call(city, "/api/ops/runs?limit=20"));
        endpoint("verifications page 1 (with the total)", calls, k -> call(city, "/api/ops/verifications/page?limit=50"));
        endpoint("verifications pages 2-11 (cursor)", calls, k -> {
            String path = nextPage.apply(k);
            String body = call(city, path);
            cursor[0] = cursorOf(body);
            return body;
        });
        endpoint("verifications page 1 filtered (office/series/rule/outcome)", calls,
                k -> call(city, "/api/ops/verifications/page?limit=50&" + filters[k % filters.length]));
        endpoint("verifications page 1, county user (LONGZHOU)", calls, k -> call(county, "/api/ops/verifications/page?limit=50"));
        endpoint("verifications, old list API (limit 500)", Math.max(10, calls / 5), k -> call(city, "/api/ops/verifications"));
        endpoint("declaration", calls, k -> call(city, "/api/ops/declarations/" + ids.get(k % ids.size())));
        endpoint("dead letters", calls, k -> call(city, "/api/ops/dead-letters"));
        endpoint("statistics?year=" + YEAR, calls, k -> call(city, "/api/ops/statistics?year=" + YEAR));
        endpoint("statistics.csv?year=" + YEAR, calls, k -> call(city, "/api/ops/statistics.csv?year=" + YEAR));
        endpoint("statistics?year=" + YEAR + ", county user", calls, k -> call(county, "/api/ops/statistics?year=" + YEAR));
        endpoint("supervision?year=" + YEAR, calls, k -> call(city, "/api/ops/supervision?year=" + YEAR));
        endpoint("supervision.csv?year=" + YEAR, calls, k -> call(city, "/api/ops/supervision.csv?year=" + YEAR));
        // the view as an office sees it just after a decision anywhere: taken from the tables again, not the snapshot
        // (FigureSnapshots); the decision is recorded before the call, outside the time measured, and stays
        try (Connection c = connect(settings, schema); PreparedStatement decide = c.prepareStatement("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by,
                                      decided_at, office, decl_year, series, first_verdict_at)
                SELECT declaration_id, 1, 'SI_RECORD_NOT_FOUND', 'DISMISS', '已核实', '{}', 'bench', CURRENT_TIMESTAMP,
                       review_office, decl_year, series, CURRENT_TIMESTAMP - INTERVAL '2 hours'
                  FROM declaration WHERE declaration_id = ?""")) {
            c.setAutoCommit(true);
            endpoint("supervision?year=" + YEAR + ", a decision recorded before each call", calls, k -> {
                try {
                    decide.setString(1, ids.get(k % ids.size()));
                    decide.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, k -> call(city, "/api/ops/supervision?year=" + YEAR));
        }
        endpoint("calendar", calls, k -> call(city, "/api/ops/calendar"));
        endpoint("runs, HTTP Basic (bcrypt per call)", calls, k -> call(script, "/api/ops/runs?limit=20"));
        System.out.printf("  load average after: %s%n", Machine.loadAverage());
    }

    private static String cursorOf(String body) {
        Matcher m = NEXT.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String call(Session session, String path) {
        try {
            return session.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void endpoint(String name, int calls, IntFunction<String> call) {
        endpoint(name, calls, k -> { }, call);
    }

    /** {@code before} runs ahead of each call, outside the time measured. */
    private static void endpoint(String name, int calls, IntConsumer before, IntFunction<String> call) {
        for (int k = 0; k < 5; k++) {
            before.accept(k);
            call.apply(k);
        }
        long[] nanos = new long[calls];
        long bytes = 0;
        for (int k = 0; k < calls; k++) {
            before.accept(k);
            long start = System.nanoTime();
            String body = call.apply(k);
            nanos[k] = System.nanoTime() - start;
            bytes = body.getBytes(StandardCharsets.UTF_8).length;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-58s %8.1f %8.1f %8.1f %10d%n", name, pct(nanos, 0.50), pct(nanos, 0.95),
                nanos[calls - 1] / 1e6, bytes);
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
