package gx.zhicheng.pull;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.review.Declaration;
import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.Masking;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the highest version of every declaration. A higher version replaces a lower one and waits for
 * review; a lower or equal one changes nothing; one that does not validate is parked with its reason.
 */
@Component
public class DeclarationStore {

    private static final Logger log = LoggerFactory.getLogger(DeclarationStore.class);

    public enum Stored { NEW, NEWER_VERSION, UNCHANGED, PARKED }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DeclarationValidator validator;
    private final Clock clock;

    DeclarationStore(JdbcTemplate jdbc, TransactionTemplate tx, DeclarationValidator validator, Clock clock) {
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

    private Stored upsert(Declaration d, String payload) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String state = d.status() == Declaration.Status.WITHDRAWN ? "NO_VERDICT" : "PENDING";
        List<String[]> previous = jdbc.query(
                "SELECT id_number, decl_year, level FROM declaration WHERE declaration_id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, d.declarationId());
        int updated = jdbc.update("""
                UPDATE declaration SET version = ?, updated_at = ?, decl_year = ?, level = ?, id_number = ?, status = ?,
                       payload = ?, review_state = ?, stored_at = ?, claimed_by = NULL, claimed_until = NULL
                 WHERE declaration_id = ? AND version < ?""",
                d.version(), ts(d.updatedAt()), d.year(), d.level().name(), d.applicant().idNumber(), d.status().name(),
                payload, state, ts(now), d.declarationId(), d.version());
        Stored result;
        if (updated == 1) {
            result = Stored.NEWER_VERSION;
        } else if (!previous.isEmpty()) {
            return Stored.UNCHANGED;
        } else {
            try {
                jdbc.update("""
                        INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status,
                                                 payload, review_state, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        d.declarationId(), d.version(), ts(d.updatedAt()), d.year(), d.level().name(),
                        d.applicant().idNumber(), d.status().name(), payload, state, ts(now));
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
        jdbc.update("UPDATE parked_declaration SET resolved_at = ? WHERE declaration_id = ? AND version <= ? AND resolved_at IS NULL",
                ts(now), d.declarationId(), d.version());
        return result;
    }

    private void requeuePeers(String declarationId, String idNumber, int year, String level) {
        jdbc.update("""
                UPDATE declaration SET review_state = 'PENDING'
                 WHERE id_number = ? AND decl_year = ? AND level = ? AND declaration_id <> ? AND review_state = 'REVIEWED'""",
                idNumber, year, level, declarationId);
    }

    private Stored park(JsonNode item, String reason) {
        String payload = String.valueOf(item);
        String id = item != null && item.hasNonNull("declarationId") ? item.get("declarationId").asText() : null;
        Integer version = item != null && item.path("version").canConvertToInt() ? item.get("version").asInt() : null;
        String hash = Hashing.sha256Hex(payload);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM parked_declaration WHERE payload_hash = ?", Integer.class, hash);
        if (known != null && known == 0) {
            try {
                jdbc.update("""
                        INSERT INTO parked_declaration (declaration_id, version, reason, payload, payload_hash, parked_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", id, version, reason, payload, hash, ts(OffsetDateTime.now(clock)));
            } catch (DuplicateKeyException raced) {
                // parked by another instance at the same moment: nothing lost
            }
            log.warn("Parked declaration {} v{}: {}", id, version, Masking.mask(reason));
        }
        return Stored.PARKED;
    }

    static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }
}
