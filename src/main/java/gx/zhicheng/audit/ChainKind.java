package gx.zhicheng.audit;

import gx.zhicheng.system.Hashing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The rows the chain links, each with its canonical content: the public columns and, apart, the personal ones that
 * retention may empty or delete. The digests are taken from the stored row (read back in the appending transaction),
 * so the walk recomputes them from exactly what the database holds, whatever the database's time precision.
 */
public enum ChainKind {

    VERDICT("verdict", "id, declaration_id, declaration_version, outcome, content_hash, created_at, body", 6),
    DECISION("decision",
            "id, declaration_id, declaration_version, rule, decision, decided_by, decided_at, office, approved_by, note, evidence", 9),
    ARCHIVE("archive_entry", "id, declaration_id, reason, recorded_on, expires_on, created_at, id_number, name", 6),
    AUDIT("audit_event", "id, occurred_at, actor, remote_address, action, target, detail", 7),
    INPUT("verdict_input", "id, declaration_id, declaration_version, kind, reviewed_at, inputs_digest, si_digest, ce_digest, "
            + "archive_digest, decisions_digest, settings_fingerprint, created_at, inputs", 12);

    final String table;
    final String columns;
    /** The first this many columns are public; the rest are personal. */
    final int publicColumns;

    ChainKind(String table, String columns, int publicColumns) {
        this.table = table;
        this.columns = columns;
        this.publicColumns = publicColumns;
    }

    /** The two digests of one stored row: of its personal columns, and of its public columns with that digest. */
    record Digests(long id, String content, String personal) {}

    Digests digests(ResultSet rs) throws SQLException {
        StringBuilder personal = new StringBuilder();
        int count = rs.getMetaData().getColumnCount();
        for (int i = publicColumns + 1; i <= count; i++) {
            field(personal, value(rs, i));
        }
        String personalDigest = Hashing.sha256Hex(personal.toString());
        return new Digests(rs.getLong(1), contentDigest(rs, personalDigest), personalDigest);
    }

    /** The content digest of the row's public columns with a given personal digest (the stored one, after a purge). */
    String contentDigest(ResultSet rs, String personalDigest) throws SQLException {
        StringBuilder content = new StringBuilder(name());
        for (int i = 1; i <= publicColumns; i++) {
            field(content, value(rs, i));
        }
        field(content, personalDigest);
        return Hashing.sha256Hex(content.toString());
    }

    private static String value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        // an instant, not the driver's rendering: H2 and PostgreSQL print the same moment differently
        if (value instanceof Timestamp || value instanceof java.time.OffsetDateTime) {
            Timestamp ts = rs.getTimestamp(column);
            return ts.toInstant().toString();
        }
        return rs.getString(column);
    }

    /** Length-prefixed, so no value can pass for two (or for a null). */
    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("|-");
        } else {
            out.append('|').append(value.length()).append(':').append(value);
        }
    }

    /** An entry's link: the previous hash, its place, what it is and its content. */
    static String entryHash(String previous, long seq, ChainKind kind, long refId, String contentDigest) {
        return Hashing.sha256Hex(previous + "|" + seq + "|" + kind.name() + "|" + refId + "|" + contentDigest);
    }
}
