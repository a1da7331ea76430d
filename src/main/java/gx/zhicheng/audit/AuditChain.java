package gx.zhicheng.audit;

import gx.zhicheng.system.SqlLists;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends rows to the one hash chain, in the caller's transaction (the row and its link commit together or not at
 * all). One chain for all four kinds, not one per table: one head to lock, one walk, and the order across kinds (a
 * decision after the verdict it was taken on) is itself covered by the hashes; a row deleted by SQL leaves its link
 * without a row, a link deleted leaves a gap in seq.
 *
 * <p>Concurrency: every append locks the head row ({@code FOR UPDATE}) until its transaction ends, so concurrent
 * appends (several review workers) serialize on PostgreSQL and H2 alike and each sees the hash the previous one
 * committed. A batch of verdicts appends once: one read of its rows, one lock, one batched insert, one head update.
 * Callers append as the last step of their transaction, so the head is held for the commit only.
 */
@Component
public class AuditChain {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void append(ChainKind kind, Long id) {
        append(kind, List.of(id));
    }

    /** Links the rows of that kind with these ids, in this order; must run inside the transaction that wrote them. */
    public void append(ChainKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a chain append must share the transaction of the rows it links");
        }
        Map<Long, ChainKind.Digests> digests = new HashMap<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 1000) {
            List<Long> part = list.subList(from, Math.min(list.size(), from + 1000));
            jdbc.query("SELECT " + kind.columns + " FROM " + kind.table + " WHERE id IN " + SqlLists.in(part.size()),
                    (ResultSet rs) -> {
                        ChainKind.Digests d = kind.digests(rs);
                        digests.put(d.id(), d);
                    }, part.toArray());
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, entry_hash FROM chain_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("seq")).longValue();
        String hash = (String) head.get("entry_hash");
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Long id : list) {
            ChainKind.Digests d = digests.get(id);
            if (d == null) {
                throw new IllegalStateException("no " + kind.table + " row " + id + " to link");
            }
            seq++;
            String previous = hash;
            hash = ChainKind.entryHash(previous, seq, kind, id, d.content());
            rows.add(new Object[] {seq, kind.name(), id, d.content(), d.personal(), previous, hash, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO chain_entry (seq, kind, ref_id, content_digest, personal_digest, prev_hash, entry_hash, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update("UPDATE chain_head SET seq = ?, entry_hash = ? WHERE id = 1", seq, hash);
    }
}
