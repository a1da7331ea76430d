package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.InstanceId;
import gx.zhicheng.system.RowClaims;
import gx.zhicheng.system.ZhichengProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Declarations waiting for review, claimed a batch at a time with a lease: a claim that its instance
 * did not finish (a crash) expires and the batch is claimed again, so nothing waits for ever.
 *
 * <p>The declaration table's owner (docs/tables.md): the versions pull stores, a declaration put back in the queue
 * (a re-sync, a decision, a peer of the same level), claims given back, and the purge past retention are written
 * here, whoever asks for them. Each method joins the caller's transaction.
 */
@Component
public class ReviewQueue {


    /**
     * A version of a declaration to store: its payload as the platform sent it, what the pipeline owes it
     * ({@code review_state}: PENDING, AWAITING_UNIT or NO_VERDICT) and the code of its review office.
     */
    public record Version(Declaration declaration, String payload, String state, String office, Timestamp storedAt) {}

    /** The declarations of one person, year and level other than {@code declarationId} (DUPLICATE_SAME_LEVEL). */
    public record Peers(String idNumber, int year, String level, String declarationId) {}

    /** One claimed declaration version. */
    public record Pending(String declarationId, int version, Declaration declaration) {

        /** Reads the columns declaration_id, version, payload, in that order. */
        static RowMapper<Pending> rows(ObjectMapper json) {
            return (rs, n) -> new Pending(rs.getString(1), rs.getInt(2), parse(json, rs.getString(3)));
        }

        private static Declaration parse(ObjectMapper json, String payload) {
            try {
                return json.readValue(payload, Declaration.class);
            } catch (JsonProcessingException e) {
                // stored only after validation, so this is a broken database row, not bad input
                throw new IllegalStateException("stored declaration no longer parses", e);
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final String instance;
    private final int batchSize;
    private final Duration lease;
    private final RowClaims claims;
    private final DatabaseRetry database;

    ReviewQueue(JdbcTemplate jdbc, ObjectMapper json, Clock clock, InstanceId instance, ZhichengProperties properties,
                RowClaims claims, DatabaseRetry database) {
        this.jdbc = jdbc;
        this.database = database;
        this.claims = claims;
        this.json = json;
        this.clock = clock;
        this.instance = instance.value();
        this.batchSize = Math.min(properties.sync().reviewBatchSize(), properties.feeds().batchSize());
        this.lease = properties.sync().claimLease();
    }

    /** Claims the next batch; the body and the BATCH property become the claimed declarations. */
    public void claim(Exchange exchange) {
        // a claim whose commit was lost holds its rows until the lease lapses; the retry claims afresh
        database.run("claim a review batch", () -> claimBatch(exchange));
    }

    private void claimBatch(Exchange exchange) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(lease));
        String claim = instance + ":" + UUID.randomUUID();
        Timestamp nowTs = Timestamp.from(now);
        claims.claim(String.class, """
                SELECT declaration_id FROM declaration
                 WHERE review_state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)
                 ORDER BY updated_at, declaration_id LIMIT ? FOR UPDATE SKIP LOCKED""",
                new Object[] {nowTs, batchSize}, "UPDATE declaration SET claimed_by = ?, claimed_until = ? WHERE declaration_id IN ",
                claim, until);
        List<Pending> batch = jdbc.query("""
                SELECT declaration_id, version, payload FROM declaration
                 WHERE claimed_by = ? AND review_state = 'PENDING'
                 ORDER BY updated_at, declaration_id""",
                Pending.rows(json), claim);
        exchange.setProperty(FlowKeys.BATCH, batch);
        exchange.setProperty(FlowKeys.REVIEW_CLAIM, claim);
        exchange.setProperty(FlowKeys.MORE_TO_REVIEW, !batch.isEmpty());
        exchange.getMessage().setBody(batch);
    }

    /** Claims one declaration by ID (property zhichengDeclarationId) if it waits for review. */
    public void claimOne(Exchange exchange) {
        String id = exchange.getProperty(FlowKeys.DECLARATION_ID, String.class);
        Instant now = clock.instant();
        String claim = instance + ":" + UUID.randomUUID();
        jdbc.update("""
                UPDATE declaration SET claimed_by = ?, claimed_until = ?
                 WHERE declaration_id = ? AND review_state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)""",
                claim, Timestamp.from(now.plus(lease)), id, Timestamp.from(now));
        List<Pending> batch = jdbc.query(
                "SELECT declaration_id, version, payload FROM declaration WHERE claimed_by = ? AND review_state = 'PENDING'",
                Pending.rows(json), claim);
        exchange.setProperty(FlowKeys.BATCH, batch);
        exchange.setProperty(FlowKeys.REVIEW_CLAIM, claim);
        exchange.getMessage().setBody(batch);
    }

    /** Gives a batch back after a failure (a feed down), so that the next cycle takes it at once. */
    public void release(Exchange exchange) {
        String claim = exchange.getProperty(FlowKeys.REVIEW_CLAIM, String.class);
        if (claim != null) {
            jdbc.update("UPDATE declaration SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?", claim);
        }
    }

    /** Gives back every claim, whoever holds it: only for a process that knows it is the only one working. */
    public int releaseAll() {
        return jdbc.update("UPDATE declaration SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL");
    }

    private static final String REPLACE_LOWER = """
            UPDATE declaration SET version = ?, updated_at = ?, decl_year = ?, level = ?, id_number = ?, status = ?,
                   payload = ?, review_state = ?, stored_at = ?, review_office = ?, series = ?, declared_on = ?,
                   claimed_by = NULL, claimed_until = NULL
             WHERE declaration_id = ? AND version < ?""";
    private static final String INSERT = """
            INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status,
                                     payload, review_state, stored_at, review_office, series, declared_on, read_model)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String REQUEUE_PEERS = """
            UPDATE declaration SET review_state = 'PENDING'
             WHERE id_number = ? AND decl_year = ? AND level = ? AND declaration_id <> ? AND review_state = 'REVIEWED'""";

    /** Replaces the stored version of the declaration if it is lower (a claim on it is dropped); answers 1 if it was. */
    public int replaceLower(Version version) {
        return jdbc.update(REPLACE_LOWER, replaceArgs(version));
    }

    /** {@link #replaceLower(Version)} for several declarations in one batched statement; the counts in their order. */
    public int[] replaceLower(List<Version> versions) {
        return jdbc.batchUpdate(REPLACE_LOWER, versions.stream().map(ReviewQueue::replaceArgs).toList());
    }

    /** Stores a declaration seen for the first time; a DuplicateKeyException when another instance stored it first. */
    public void insert(Version version) {
        jdbc.update(INSERT, insertArgs(version));
    }

    /** {@link #insert(Version)} for several declarations in one batched statement. */
    public void insert(List<Version> versions) {
        jdbc.batchUpdate(INSERT, versions.stream().map(ReviewQueue::insertArgs).toList());
    }

    /** DUPLICATE_SAME_LEVEL: the other reviewed declarations of that person, year and level are reviewed again. */
    public void requeue(Peers peers) {
        jdbc.update(REQUEUE_PEERS, peersArgs(peers));
    }

    /** {@link #requeue(Peers)} for several in one batched statement. */
    public void requeue(List<Peers> peers) {
        jdbc.batchUpdate(REQUEUE_PEERS, peers.stream().map(ReviewQueue::peersArgs).toList());
    }

    /** Puts the declaration back in the queue (a decision to apply), if its unit recommended its stored version. */
    public void enqueue(String declarationId) {
        jdbc.update("UPDATE declaration SET review_state = 'PENDING' WHERE declaration_id = ? AND status = 'UNIT_RECOMMENDED'",
                declarationId);
    }

    /** The same for that version only, if it is the one stored (an operator's re-sync: a fresh review). */
    public void enqueue(String declarationId, int version) {
        jdbc.update("UPDATE declaration SET review_state = 'PENDING' WHERE declaration_id = ? AND version = ? AND status = 'UNIT_RECOMMENDED'",
                declarationId, version);
    }

    /**
     * Gives declarations stored without a review office theirs (pull's backfill at start-up); each row is the office
     * then the declaration ID. A row that has an office meanwhile keeps it.
     */
    public void fillReviewOffices(List<Object[]> officeAndId) {
        jdbc.batchUpdate("UPDATE declaration SET review_office = ? WHERE declaration_id = ? AND review_office IS NULL", officeAndId);
    }

    /** Retention: deletes the declarations of that year and earlier; answers how many. */
    public int purgeYearsUpTo(int lastYear) {
        return jdbc.update("DELETE FROM declaration WHERE decl_year <= ?", lastYear);
    }

    private static Object[] replaceArgs(Version v) {
        Declaration d = v.declaration();
        return new Object[] {d.version(), Timestamp.from(d.updatedAt().toInstant()), d.year(), d.level().name(),
                d.applicant().idNumber(), d.status().name(), v.payload(), v.state(), v.storedAt(), v.office(), d.series(),
                declaredOn(d), d.declarationId(), d.version()};
    }

    private static Object[] insertArgs(Version v) {
        Declaration d = v.declaration();
        return new Object[] {d.declarationId(), d.version(), Timestamp.from(d.updatedAt().toInstant()), d.year(),
                d.level().name(), d.applicant().idNumber(), d.status().name(), v.payload(), v.state(), v.storedAt(),
                v.office(), d.series(), declaredOn(d)};
    }

    private static Object[] peersArgs(Peers p) {
        return new Object[] {p.idNumber(), p.year(), p.level(), p.declarationId()};
    }

    /** The declaredOn column (migration V140: the statistics of a date range count by it). */
    private static java.sql.Date declaredOn(Declaration d) {
        return d.declaredOn() == null ? null : java.sql.Date.valueOf(d.declaredOn());
    }
}
