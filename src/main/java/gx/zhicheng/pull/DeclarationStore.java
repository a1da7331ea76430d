package gx.zhicheng.pull;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.OfficeDirectory;
import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.Masking;
import gx.zhicheng.system.SqlLists;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the highest version of every declaration. A higher version replaces a lower one and waits for
 * review; a lower or equal one changes nothing; one that does not validate is parked with its reason.
 * Each version is stored under the code of its review office (config/offices.csv), which scopes who sees it.
 * The declaration table is review's ({@link ReviewQueue} writes it, in this class's transactions); the parked
 * versions are this module's own.
 */
@Component
public class DeclarationStore {

    private static final Logger log = LoggerFactory.getLogger(DeclarationStore.class);

    public enum Stored { NEW, NEWER_VERSION, UNCHANGED, PARKED }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DeclarationValidator validator;
    private final Clock clock;
    private final OfficeDirectory offices;
    private final ReviewQueue queue;

    DeclarationStore(JdbcTemplate jdbc, TransactionTemplate tx, DeclarationValidator validator, Clock clock,
                     OfficeDirectory offices, ReviewQueue queue) {
        this.queue = queue;
        this.offices = offices;
        this.jdbc = jdbc;
        this.tx = tx;
        this.validator = validator;
        this.clock = clock;
    }

    public Stored store(JsonNode item) {
        DeclarationValidator.Result result = validator.validate(item);
        if (result instanceof DeclarationValidator.Invalid invalid) {
            return park(item, invalid.reason());
        }
        Declaration declaration = ((DeclarationValidator.Valid) result).declaration();
        return tx.execute(status -> upsert(declaration, item.toString()));
    }

    /**
     * Stores a listing page: the same outcome as {@link #store} item after item, in one transaction with one
     * batched statement per kind of change (a commit per item made the database's log flush the cost of the pull).
     * A page where an ID repeats, or whose insert races another instance, is stored item after item instead.
     */
    public List<Stored> storeAll(List<JsonNode> items) {
        Stored[] results = new Stored[items.size()];
        List<Declaration> valid = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DeclarationValidator.Result result = validator.validate(items.get(i));
            if (result instanceof DeclarationValidator.Invalid invalid) {
                results[i] = park(items.get(i), invalid.reason());
            } else {
                valid.add(((DeclarationValidator.Valid) result).declaration());
                payloads.add(items.get(i).toString());
                positions.add(i);
            }
        }
        List<Stored> stored = null;
        if (!valid.isEmpty() && valid.stream().map(Declaration::declarationId).distinct().count() == valid.size()) {
            try {
                stored = tx.execute(status -> upsertAll(valid, payloads));
            } catch (DuplicateKeyException raced) {
                log.debug("A page raced another instance's insert; storing it item after item");
            }
        }
        for (int k = 0; k < valid.size(); k++) {
            Declaration d = valid.get(k);
            String payload = payloads.get(k);
            results[positions.get(k)] = stored != null ? stored.get(k) : tx.execute(status -> upsert(d, payload));
        }
        return Arrays.asList(results);
    }

    /** What was stored before of a declaration: its version and its same-level key. */
    private record Known(int version, String idNumber, int year, String level) {}

    private List<Stored> upsertAll(List<Declaration> declarations, List<String> payloads) {
        Timestamp now = ts(OffsetDateTime.now(clock));
        Map<String, Known> known = new HashMap<>();
        jdbc.query("SELECT declaration_id, version, id_number, decl_year, level FROM declaration WHERE declaration_id IN "
                        + SqlLists.in(declarations.size()),
                (ResultSet rs) -> {
                    known.put(rs.getString(1), new Known(rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                }, declarations.stream().map(Declaration::declarationId).toArray());
        List<Integer> newer = new ArrayList<>();
        List<Integer> fresh = new ArrayList<>();
        List<Stored> results = new ArrayList<>();
        for (int k = 0; k < declarations.size(); k++) {
            Known before = known.get(declarations.get(k).declarationId());
            if (before == null) {
                fresh.add(k);
                results.add(Stored.NEW);
            } else if (before.version() < declarations.get(k).version()) {
                newer.add(k);
                results.add(Stored.NEWER_VERSION);
            } else {
                results.add(Stored.UNCHANGED);
            }
        }
        int[] updated = queue.replaceLower(newer.stream()
                .map(k -> new ReviewQueue.Version(declarations.get(k), payloads.get(k), state(declarations.get(k)),
                        offices.codeFor(declarations.get(k)), now))
                .toList());
        for (int j = 0; j < newer.size(); j++) {
            if (updated[j] == 0) {
                results.set(newer.get(j), Stored.UNCHANGED); // another instance stored a higher version meanwhile
            }
        }
        queue.insert(fresh.stream()
                .map(k -> new ReviewQueue.Version(declarations.get(k), payloads.get(k), state(declarations.get(k)),
                        offices.codeFor(declarations.get(k)), now))
                .toList());
        // DUPLICATE_SAME_LEVEL: as in upsert, the peers under the new key and, for a newer version, the old one
        List<ReviewQueue.Peers> peers = new ArrayList<>();
        List<Object[]> resolved = new ArrayList<>();
        for (int k = 0; k < declarations.size(); k++) {
            if (results.get(k) == Stored.UNCHANGED) {
                continue;
            }
            Declaration d = declarations.get(k);
            peers.add(new ReviewQueue.Peers(d.applicant().idNumber(), d.year(), d.level().name(), d.declarationId()));
            Known before = known.get(d.declarationId());
            if (before != null) {
                peers.add(new ReviewQueue.Peers(before.idNumber(), before.year(), before.level(), d.declarationId()));
            }
            resolved.add(new Object[] {now, d.declarationId(), d.version()});
        }
        queue.requeue(peers);
        jdbc.batchUpdate(RESOLVE_PARKED, resolved);
        return results;
    }

    /**
     * What the pipeline owes a version (rules.md, "unit recommendation"): a review when its unit recommended it
     * (UNIT_RECOMMENDED); nothing yet when only submitted (AWAITING_UNIT: no verdict, not parked, still counted
     * for DUPLICATE_SAME_LEVEL); nothing when withdrawn (NO_VERDICT).
     */
    static String state(Declaration d) {
        return switch (d.status()) {
            case WITHDRAWN -> "NO_VERDICT";
            case SUBMITTED -> "AWAITING_UNIT";
            case UNIT_RECOMMENDED -> "PENDING";
        };
    }

    private static final String RESOLVE_PARKED =
            "UPDATE parked_declaration SET resolved_at = ? WHERE declaration_id = ? AND version <= ? AND resolved_at IS NULL";

    private Stored upsert(Declaration d, String payload) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String state = state(d);
        List<String[]> previous = jdbc.query(
                "SELECT id_number, decl_year, level FROM declaration WHERE declaration_id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, d.declarationId());
        ReviewQueue.Version version = new ReviewQueue.Version(d, payload, state, offices.codeFor(d), ts(now));
        int updated = queue.replaceLower(version);
        Stored result;
        if (updated == 1) {
            result = Stored.NEWER_VERSION;
        } else if (!previous.isEmpty()) {
            return Stored.UNCHANGED;
        } else {
            try {
                queue.insert(version);
            } catch (DuplicateKeyException raced) {
                // another instance stored it first; the version check on the next pull settles it
                return Stored.UNCHANGED;
            }
            result = Stored.NEW;
        }
        // DUPLICATE_SAME_LEVEL: the other declarations of the same person, year and level are reviewed again,
        // under the old key (the level may have changed) and the new one.
        requeuePeers(d.declarationId(), d.applicant().idNumber(), d.year(), d.level().name());
        for (String[] old : previous) {
            requeuePeers(d.declarationId(), old[0], Integer.parseInt(old[1]), old[2]);
        }
        jdbc.update(RESOLVE_PARKED, ts(now), d.declarationId(), d.version());
        return result;
    }

    private void requeuePeers(String declarationId, String idNumber, int year, String level) {
        queue.requeue(new ReviewQueue.Peers(idNumber, year, level, declarationId));
    }

    private Stored park(JsonNode item, String reason) {
        String payload = String.valueOf(item);
        String id = item != null && item.hasNonNull("declarationId") ? item.get("declarationId").asText() : null;
        if (id != null && !validator.isDeclarationId(item.get("declarationId"))) {
            id = null; // no valid key (it may not even fit the column); the payload keeps what the platform sent
        }
        Integer version = item != null && item.path("version").canConvertToInt() ? item.get("version").asInt() : null;
        String hash = Hashing.sha256Hex(payload);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM parked_declaration WHERE payload_hash = ?", Integer.class, hash);
        if (known != null && known == 0) {
            try {
                jdbc.update("""
                        INSERT INTO parked_declaration (declaration_id, version, reason, payload, payload_hash, parked_at,
                                                        review_office)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", id, version, reason, payload, hash, ts(OffsetDateTime.now(clock)),
                        officeOf(item));
            } catch (DuplicateKeyException raced) {
                // parked by another instance at the same moment: nothing lost
            }
            log.warn("Parked declaration {} v{}: {}", id, version, Masking.mask(reason));
        }
        return Stored.PARKED;
    }

    /** Retention: deletes the versions parked before that instant; answers how many. */
    public int purgeParkedBefore(Timestamp cutoff) {
        return jdbc.update("DELETE FROM parked_declaration WHERE parked_at < ?", cutoff);
    }

    /** The review office of a payload that did not validate, from whatever of its routing fields reads as text. */
    private String officeOf(JsonNode item) {
        if (item == null || !item.isObject()) {
            return offices.cityCode();
        }
        return offices.codeFor(text(item.path("employer").path("regionCode")), text(item.path("series")),
                text(item.path("industry")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }
}
