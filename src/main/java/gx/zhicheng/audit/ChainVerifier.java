package gx.zhicheng.audit;

import gx.zhicheng.system.SqlLists;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from its first entry: each link's seq follows the previous one, its prev_hash is the previous
 * entry_hash, its entry_hash is recomputed, its row (verdict, decision, archive entry, audit event) still gives the
 * content digest it had, and the head names the last link. A row retention deleted, or whose personal columns it
 * emptied, is accepted when purged_entry says so: the stored personal digest then stands for them. The first link
 * that fails is named (seq, kind and the row's id) and the walk stops there.
 */
@Component
public class ChainVerifier {

    private static final int PAGE = 1000;

    /** The outcome of a walk: intact, or the first broken entry and why. */
    public record Result(boolean intact, long entries, String headHash, Long brokenSeq, String brokenEntry, String reason) {

        static Result broken(long entries, long seq, String entry, String reason) {
            return new Result(false, entries, null, seq, entry, reason);
        }
    }

    private record Link(long seq, ChainKind kind, long refId, String content, String personal, String prev, String hash) {}

    private final JdbcTemplate jdbc;

    ChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Result verify() {
        long expectedSeq = 1;
        String previous = "0".repeat(64);
        long walked = 0;
        while (true) {
            List<Link> links = jdbc.query("""
                    SELECT seq, kind, ref_id, content_digest, personal_digest, prev_hash, entry_hash
                      FROM chain_entry WHERE seq >= ? ORDER BY seq LIMIT ?""",
                    (rs, n) -> new Link(rs.getLong(1), ChainKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)), expectedSeq, PAGE);
            if (links.isEmpty()) {
                break;
            }
            Map<ChainKind, Map<Long, String[]>> rows = rowsOf(links);
            Set<String> purged = purgedOf(links);
            for (Link link : links) {
                String entry = link.kind() + " " + link.refId() + " (chain entry " + link.seq() + ")";
                if (link.seq() != expectedSeq) {
                    return Result.broken(walked, expectedSeq, entry, "chain entry " + expectedSeq + " is missing");
                }
                if (!link.prev().equals(previous)) {
                    return Result.broken(walked, link.seq(), entry, "its previous hash is not the previous entry's hash");
                }
                if (!ChainKind.entryHash(previous, link.seq(), link.kind(), link.refId(), link.content()).equals(link.hash())) {
                    return Result.broken(walked, link.seq(), entry, "its hash does not match its content digest");
                }
                String[] row = rows.getOrDefault(link.kind(), Map.of()).get(link.refId());
                if (row == null) {
                    if (!purged.contains(link.kind() + ":" + link.refId() + ":ROW")) {
                        return Result.broken(walked, link.seq(), entry, "the row was deleted without a retention record");
                    }
                } else {
                    // row[0]: content digest recomputed with the row's own personal columns; row[1]: their digest;
                    // row[2]: the content digest recomputed with the stored personal digest
                    boolean personalKept = row[1].equals(link.personal());
                    if (!personalKept && !purged.contains(link.kind() + ":" + link.refId() + ":PERSONAL")) {
                        return Result.broken(walked, link.seq(), entry, "its personal data was changed");
                    }
                    String recomputed = personalKept ? row[0] : row[2];
                    if (!recomputed.equals(link.content())) {
                        return Result.broken(walked, link.seq(), entry, "the row was changed after it was recorded");
                    }
                }
                previous = link.hash();
                expectedSeq++;
                walked++;
            }
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, entry_hash FROM chain_head WHERE id = 1");
        long headSeq = ((Number) head.get("seq")).longValue();
        if (headSeq != walked || (walked > 0 && !previous.equals(head.get("entry_hash")))) {
            return Result.broken(walked, walked + 1, "chain head (seq " + headSeq + ")",
                    "the head names seq " + headSeq + " but the chain ends at " + walked + ": entries were removed at its end");
        }
        return new Result(true, walked, previous, null, null, null);
    }

    /** The page's rows by kind and id, each as {content digest, personal digest, content digest with the stored personal one}. */
    private Map<ChainKind, Map<Long, String[]>> rowsOf(List<Link> links) {
        Map<ChainKind, Map<Long, String>> storedPersonal = new HashMap<>();
        for (Link link : links) {
            storedPersonal.computeIfAbsent(link.kind(), k -> new HashMap<>()).put(link.refId(), link.personal());
        }
        Map<ChainKind, Map<Long, String[]>> rows = new HashMap<>();
        storedPersonal.forEach((kind, ids) -> {
            Map<Long, String[]> byId = new HashMap<>();
            List<Long> list = new ArrayList<>(ids.keySet());
            jdbc.query("SELECT " + kind.columns + " FROM " + kind.table + " WHERE id IN " + SqlLists.in(list.size()),
                    (ResultSet rs) -> {
                        ChainKind.Digests d = kind.digests(rs);
                        byId.put(d.id(), new String[] {d.content(), d.personal(), kind.contentDigest(rs, ids.get(d.id()))});
                    }, list.toArray());
            rows.put(kind, byId);
        });
        return rows;
    }

    private Set<String> purgedOf(List<Link> links) {
        Set<String> purged = new HashSet<>();
        jdbc.query("SELECT kind, ref_id, what FROM purged_entry WHERE ref_id BETWEEN ? AND ?",
                (ResultSet rs) -> {
                    purged.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3));
                }, links.stream().mapToLong(Link::refId).min().orElse(0), links.stream().mapToLong(Link::refId).max().orElse(0));
        return purged;
    }
}
