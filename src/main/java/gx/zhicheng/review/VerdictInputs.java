package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.audit.SettingsFingerprint;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.rules.Dossier;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.system.Hashing;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each recorded verdict was computed from (issue 24, replayable verdicts): the dossier as the rules saw it (the
 * declaration version, the SI, CE and archive answers, the same-level declarations), the decisions applied, the
 * re-check's date and earlier exclusions, each answer's digest, and the fingerprint of the settings the rules read.
 * Kept in verdict_input beside the verdict, in its transaction; retention empties the inputs and keeps the digests.
 */
@Component
public class VerdictInputs {

    /** One verdict's inputs: a regular review has no recheck date. */
    public record Inputs(String kind, Dossier dossier, List<Decision> decisions, LocalDate recheckDate,
                         Map<String, LocalDate> exclusionsFound) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SettingsFingerprint settings;
    private volatile String fingerprint;

    VerdictInputs(JdbcTemplate jdbc, ObjectMapper json, SettingsFingerprint settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    /** Inserts the inputs of the verdicts just recorded (those without inputs, e.g. a test's, get no row). */
    void keep(List<Verdict> verdicts, List<Long> verdictIds, Map<String, Inputs> inputs, Timestamp now) {
        if (inputs.isEmpty()) {
            return;
        }
        if (fingerprint == null) {
            // the settings are read at start-up only (a change needs a restart), so once per process
            fingerprint = settings.current();
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            Inputs in = inputs.get(verdict.declarationId());
            if (in == null) {
                continue;
            }
            String text = write(in);
            rows.add(new Object[] {verdictIds.get(i), verdict.declarationId(), verdict.declarationVersion(), in.kind(),
                    Timestamp.from(verdict.reviewedAt().toInstant()), Hashing.sha256Hex(text), digest(in.dossier().si()),
                    digest(in.dossier().ce()), digest(in.dossier().archive()), digest(in.decisions()), fingerprint, now, text});
        }
        jdbc.batchUpdate("""
                INSERT INTO verdict_input (id, declaration_id, declaration_version, kind, reviewed_at, inputs_digest, si_digest,
                                           ce_digest, archive_digest, decisions_digest, settings_fingerprint, created_at, inputs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private String digest(Object answer) {
        return Hashing.sha256Hex(answer == null ? "null" : write(answer));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict inputs do not serialize", e);
        }
    }

    Inputs read(String text) {
        try {
            return json.readValue(text, Inputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored verdict inputs no longer parse", e);
        }
    }
}
