package gx.zhicheng.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.audit.AuditChain;
import gx.zhicheng.audit.ChainKind;
import gx.zhicheng.review.FalsificationArchive;
import gx.zhicheng.rules.ArchiveEntry;
import gx.zhicheng.rules.Declaration;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Integrity-archive entries (职称评审诚信档案库) for confirmed falsifications: recorded here (so that
 * INTEGRITY_RECORD_ACTIVE sees them at once) and queued in the outbox for the platform, in the caller's
 * transaction. The record runs three years from the confirmation (记录期为三年).
 */
@Component
public class ArchiveEntries implements FalsificationArchive {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditChain chain;

    ArchiveEntries(JdbcTemplate jdbc, ObjectMapper json, Clock clock, AuditChain chain) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ArchiveEntry recordFalsification(Declaration declaration, String rule) {
        LocalDate recordedOn = LocalDate.now(clock);
        ArchiveEntry entry = new ArchiveEntry(null, declaration.applicant().idNumber(), declaration.applicant().name(),
                declaration.declarationId(), "经核实填报虚假信息或提供虚假材料（" + rule + "）",
                recordedOn, recordedOn.plusYears(3));
        Timestamp now = Timestamp.from(clock.instant());
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO archive_entry (id_number, name, declaration_id, reason, recorded_on, expires_on, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, entry.idNumber());
            ps.setString(2, entry.name());
            ps.setString(3, entry.declarationId());
            ps.setString(4, entry.reason());
            ps.setDate(5, Date.valueOf(entry.recordedOn()));
            ps.setDate(6, Date.valueOf(entry.expiresOn()));
            ps.setTimestamp(7, now);
            return ps;
        }, key);
        // issue 24: the entry joins the hash chain in the decision's transaction
        chain.append(ChainKind.ARCHIVE, key.getKey().longValue());
        jdbc.update("""
                INSERT INTO outbox (kind, declaration_id, declaration_version, idempotency_key, body, state, next_attempt_at, created_at)
                VALUES ('ARCHIVE_ENTRY', ?, ?, ?, ?, 'PENDING', ?, ?)""",
                declaration.declarationId(), declaration.version(), "ia-" + declaration.declarationId() + "-" + rule,
                write(entry), now, now);
        return entry;
    }

    private String write(ArchiveEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("archive entry does not serialize", e);
        }
    }
}
