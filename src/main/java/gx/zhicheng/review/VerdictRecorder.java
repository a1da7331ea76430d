package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.rules.Dossier;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.audit.AuditChain;
import gx.zhicheng.audit.ChainKind;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.SqlLists;
import gx.zhicheng.system.TableStatistics;
import gx.zhicheng.runs.SyncRuns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews each dossier and records the verdict together with the push it causes, in one transaction
 * (the outbox): a crash between review and push loses nothing. A verdict whose content equals the last
 * one recorded for the declaration causes no push. A claimed batch is recorded in one transaction with
 * batched statements: a commit per verdict made the database's log flush the cost of a review. A batch
 * that fails is rolled back whole and its claim released, so it is reviewed again, all of it.
 */
@Component
public class VerdictRecorder {

    private final RuleEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final SyncRuns runs;
    private final Clock clock;
    private final DecisionLog decisions;

    private final DatabaseRetry database;
    private final LatestVerdictIndex latest;
    private final TableStatistics statistics;
    private final AuditChain chain;
    private final VerdictInputs inputs;
    private final VerdictPushes pushes;

    VerdictRecorder(RuleEngine engine, JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, SyncRuns runs,
                    Clock clock, DecisionLog decisions, DatabaseRetry database, LatestVerdictIndex latest,
                    TableStatistics statistics, AuditChain chain, VerdictInputs inputs, VerdictPushes pushes) {
        this.pushes = pushes;
        this.inputs = inputs;
        this.chain = chain;
        this.database = database;
        this.statistics = statistics;
        this.latest = latest;
        this.decisions = decisions;
        this.engine = engine;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.runs = runs;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public void recordBatch(Exchange exchange) {
        List<Dossier> dossiers = exchange.getMessage().getBody(List.class);
        Map<String, List<Decision>> decided = decisionsOf(dossiers);
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, VerdictInputs.Inputs> kept = new HashMap<>();
        for (Dossier dossier : dossiers) {
            List<Decision> applied = decided.getOrDefault(id(dossier), List.of());
            verdicts.add(engine.review(dossier, applied, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
            kept.put(id(dossier), new VerdictInputs.Inputs("REVIEW", dossier, applied, null, null));
        }
        recordAll(exchange.getProperty(FlowKeys.RUN_ID, Long.class), verdicts, kept);
    }

    /** The re-check before confirmation: the exclusions evaluated again on today's date, with fresh data. */
    @SuppressWarnings("unchecked")
    public void recordRecheck(Exchange exchange) {
        LocalDate today = LocalDate.now(clock);
        List<Dossier> dossiers = exchange.getMessage().getBody(List.class);
        Map<String, List<Decision>> decided = decisionsOf(dossiers);
        Map<String, Map<String, LocalDate>> found = exclusionsFound(dossiers);
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, VerdictInputs.Inputs> kept = new HashMap<>();
        for (Dossier dossier : dossiers) {
            List<Decision> applied = decided.getOrDefault(id(dossier), List.of());
            Map<String, LocalDate> earlier = found.getOrDefault(id(dossier), Map.of());
            verdicts.add(engine.recheck(dossier, applied, today,
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), earlier));
            kept.put(id(dossier), new VerdictInputs.Inputs("RECHECK", dossier, applied, today, earlier));
        }
        recordAll(exchange.getProperty(FlowKeys.RUN_ID, Long.class), verdicts, kept);
    }

    /**
     * Per declaration and rechecked rule, the day an earlier re-check first found the exclusion (the earliest foundOn
     * of its EXCLUSION_AFTER_DECLARATION findings): the exclusion keeps that day, so a decision on it keeps applying.
     */
    private Map<String, Map<String, LocalDate>> exclusionsFound(List<Dossier> dossiers) {
        Map<String, Map<String, LocalDate>> found = new HashMap<>();
        if (dossiers.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT declaration_id, body FROM verdict WHERE body LIKE '%EXCLUSION_AFTER_DECLARATION%' "
                        + "AND declaration_id IN " + SqlLists.in(dossiers.size()),
                (ResultSet rs) -> {
                    String id = rs.getString(1);
                    for (var finding : readTree(rs.getString(2)).path("findings")) {
                        var evidence = finding.path("evidence");
                        if ("EXCLUSION_AFTER_DECLARATION".equals(finding.path("rule").asText())
                                && evidence.path("rule").isTextual() && evidence.path("foundOn").isTextual()) {
                            found.computeIfAbsent(id, k -> new HashMap<>()).merge(evidence.path("rule").asText(),
                                    LocalDate.parse(evidence.path("foundOn").asText()),
                                    (a, b) -> a.isBefore(b) ? a : b);
                        }
                    }
                }, dossiers.stream().map(VerdictRecorder::id).toArray());
        return found;
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored verdict no longer parses", e);
        }
    }

    /** A dry run: the verdicts of the dossiers in the body, recorded nowhere. */
    @SuppressWarnings("unchecked")
    public List<Verdict> preview(Exchange exchange) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<Dossier> dossiers = exchange.getMessage().getBody(List.class);
        Map<String, List<Decision>> decided = decisionsOf(dossiers);
        return dossiers.stream()
                .map(dossier -> engine.review(dossier, decided.getOrDefault(id(dossier), List.of()), now))
                .toList();
    }

    /** Records a verdict and queues its push unless its content equals the last verdict's; marks the version reviewed. */
    public boolean record(Verdict verdict) {
        // joins the caller's transaction, or has its own: the verdict and its chain link commit together
        return Boolean.TRUE.equals(tx.execute(status -> record(List.of(verdict), Map.of()).get(0)));
    }

    private void recordAll(Long runId, List<Verdict> verdicts, Map<String, VerdictInputs.Inputs> kept) {
        if (verdicts.isEmpty()) {
            return;
        }
        // one transaction; repeating it after a lost commit records nothing twice (a verdict equal to the last
        // recorded one is not recorded again), so a database blip is retried
        database.run("record " + verdicts.size() + " verdicts", () -> tx.executeWithoutResult(status -> {
            record(verdicts, kept);
            runs.addReviewed(runId, verdicts.stream().map(v -> v.outcome().name()).toList());
        }));
        statistics.written(verdicts.size());
    }

    /**
     * Records verdicts of distinct declarations (the caller's transaction): which ones changed, in order.
     * The same statements as one verdict at a time, each sent once for the whole batch.
     */
    private List<Boolean> record(List<Verdict> verdicts, Map<String, VerdictInputs.Inputs> kept) {
        if (verdicts.stream().map(Verdict::declarationId).distinct().count() < verdicts.size()) {
            // two verdicts of one declaration: the second must see the first, so one at a time
            List<Boolean> changed = new ArrayList<>();
            verdicts.forEach(v -> changed.addAll(record(List.of(v), kept)));
            return changed;
        }
        Map<String, String> lastHashes = lastHashes(verdicts);
        Timestamp now = Timestamp.from(clock.instant());
        List<Boolean> changed = new ArrayList<>();
        List<Verdict> toPush = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Long> chained = List.of();
        boolean withInputs = false;
        for (Verdict verdict : verdicts) {
            String hash = contentHash(verdict);
            boolean differs = !hash.equals(lastHashes.get(verdict.declarationId()));
            changed.add(differs);
            if (differs) {
                toPush.add(verdict);
                hashes.add(hash);
                bodies.add(write(verdict));
            }
        }
        if (!toPush.isEmpty()) {
            List<Long> verdictIds = insertVerdicts(toPush, hashes, bodies, now);
            chained = verdictIds;
            // issue 24: what each new verdict was computed from, beside it
            inputs.keep(toPush, verdictIds, kept, now);
            withInputs = toPush.stream().anyMatch(v -> kept.containsKey(v.declarationId()));
            // the operator side's columns of the declaration follow its latest verdict, in this transaction; the
            // same statement marks the version reviewed
            latest.recorded(toPush, bodies, verdictIds, now);
            // A pending push exists only beside an earlier verdict (they are written together), so a declaration
            // reviewed for the first time has none to supersede. Skipping it matters: while the outbox grows within
            // a run, PostgreSQL's statistics lag and it reads this update through outbox_due, every pending row.
            pushes.supersedePending(toPush.stream().map(Verdict::declarationId).filter(lastHashes::containsKey).toList());
            List<VerdictPushes.Push> queued = new ArrayList<>();
            for (int i = 0; i < toPush.size(); i++) {
                Verdict v = toPush.get(i);
                queued.add(new VerdictPushes.Push(v.declarationId(), v.declarationVersion(), verdictIds.get(i), hashes.get(i),
                        bodies.get(i), now));
            }
            pushes.queue(queued);
        }
        // the versions judged by a new verdict were marked reviewed with its columns (LatestVerdictIndex); these
        // are the ones whose verdict equals the last
        List<Object[]> unchanged = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (!changed.get(i)) {
                unchanged.add(new Object[] {verdicts.get(i).declarationId(), verdicts.get(i).declarationVersion()});
            }
        }
        jdbc.batchUpdate("""
                UPDATE declaration SET review_state = 'REVIEWED', claimed_by = NULL, claimed_until = NULL
                 WHERE declaration_id = ? AND version = ? AND review_state = 'PENDING'""", unchanged);
        // issue 24: the new verdicts join the hash chain as the transaction's last step, so the chain head's lock
        // (which serializes the workers' appends) is held for the commit only
        chain.append(ChainKind.VERDICT, chained);
        if (withInputs) {
            List<Long> inputIds = new ArrayList<>();
            for (int i = 0; i < toPush.size(); i++) {
                if (kept.containsKey(toPush.get(i).declarationId())) {
                    inputIds.add(chained.get(i));
                }
            }
            chain.append(ChainKind.INPUT, inputIds);
        }
        return changed;
    }

    /** The content hash of each declaration's latest verdict. */
    private Map<String, String> lastHashes(List<Verdict> verdicts) {
        Map<String, String> last = new HashMap<>();
        jdbc.query("""
                SELECT declaration_id, content_hash FROM verdict
                 WHERE id IN (SELECT MAX(id) FROM verdict WHERE declaration_id IN\s""" + SqlLists.in(verdicts.size())
                        + " GROUP BY declaration_id)",
                (ResultSet rs) -> {
                    last.put(rs.getString(1), rs.getString(2));
                }, verdicts.stream().map(Verdict::declarationId).toArray());
        return last;
    }

    /** One batched INSERT; the generated ids come back in the order of the rows. */
    private List<Long> insertVerdicts(List<Verdict> verdicts, List<String> hashes, List<String> bodies, Timestamp now) {
        return jdbc.execute((java.sql.Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
                for (int i = 0; i < verdicts.size(); i++) {
                    Verdict verdict = verdicts.get(i);
                    ps.setString(1, verdict.declarationId());
                    ps.setInt(2, verdict.declarationVersion());
                    ps.setString(3, verdict.outcome().name());
                    ps.setString(4, hashes.get(i));
                    ps.setString(5, bodies.get(i));
                    ps.setTimestamp(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != verdicts.size()) {
                    throw new IllegalStateException("the database returned " + ids.size() + " verdict ids for " + verdicts.size() + " rows");
                }
                return ids;
            }
        });
    }

    private Map<String, List<Decision>> decisionsOf(List<Dossier> dossiers) {
        return decisions.of(dossiers.stream().map(VerdictRecorder::id).distinct().toList());
    }

    private static String id(Dossier dossier) {
        return dossier.declaration().declarationId();
    }

    /** The verdict's content without reviewedAt, with map keys sorted: equal content, equal hash. */
    String contentHash(Verdict verdict) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("declarationId", verdict.declarationId());
        content.put("declarationVersion", verdict.declarationVersion());
        content.put("outcome", verdict.outcome());
        content.put("findings", verdict.findings());
        content.put("reviewOffice", verdict.reviewOffice());
        content.put("rulesVersion", verdict.rulesVersion());
        try {
            return Hashing.sha256Hex(json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict does not serialize", e);
        }
    }

    private String write(Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict does not serialize", e);
        }
    }
}
