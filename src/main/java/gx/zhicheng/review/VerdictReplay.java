package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.audit.SettingsFingerprint;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.ReviewOffice;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.system.Hashing;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays a recorded verdict (issue 24): the rules of today's code run again on the inputs kept with it
 * ({@link VerdictInputs}), and the answer says whether the verdict comes out the same (equal content hash: outcome,
 * findings with their evidence, review office, rules version) and, if not, what differs, by rule code (no personal
 * data). When retention has emptied the inputs, or the verdict predates them, it says why it cannot run.
 */
@Component
public class VerdictReplay {

    /** The answer; {@code differences} name fields and rule codes only. */
    public record Replay(String declarationId, int n, long verdictId, boolean replayable, String reason, Boolean same,
                         List<String> differences, String recordedOutcome, String replayedOutcome,
                         String settingsThen, String settingsNow, Map<String, String> digests) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RuleEngine engine;
    private final VerdictRecorder recorder;
    private final VerdictInputs inputs;
    private final SettingsFingerprint settings;

    VerdictReplay(JdbcTemplate jdbc, ObjectMapper json, RuleEngine engine, VerdictRecorder recorder, VerdictInputs inputs,
                  SettingsFingerprint settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.recorder = recorder;
        this.inputs = inputs;
        this.settings = settings;
    }

    /** The n-th verdict (1: the first) of the declaration, among those recorded with their inputs; empty if none. */
    public Optional<Replay> replay(String declarationId, int n) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT i.id, i.inputs, i.inputs_digest, i.si_digest, i.ce_digest, i.archive_digest, i.decisions_digest,
                       i.settings_fingerprint, i.reviewed_at, v.body, v.content_hash, p.purged_at
                  FROM verdict_input i
                  LEFT JOIN verdict v ON v.id = i.id
                  LEFT JOIN purged_entry p ON p.kind = 'INPUT' AND p.ref_id = i.id AND p.what = 'PERSONAL'
                 WHERE i.declaration_id = ? ORDER BY i.id LIMIT 1 OFFSET ?""", declarationId, Math.max(0, n - 1));
        if (n < 1 || rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long id = ((Number) row.get("id")).longValue();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String key : new String[] {"inputs_digest", "si_digest", "ce_digest", "archive_digest", "decisions_digest"}) {
            digests.put(key, (String) row.get(key));
        }
        String then = (String) row.get("settings_fingerprint");
        String now = settings.current();
        String text = (String) row.get("inputs");
        if (text == null) {
            return Optional.of(new Replay(declarationId, n, id, false, "审核依据（社保、继续教育、诚信档案的答复）已于 "
                    + (row.get("purged_at") == null ? "" : beijing(row.get("purged_at")).toLocalDate() + " ") + "按个人信息保存期限清除，仅余摘要，无法重算", null, List.of(), null, null, then, now,
                    digests));
        }
        if (!Hashing.sha256Hex(text).equals(row.get("inputs_digest"))) {
            return Optional.of(new Replay(declarationId, n, id, false, "保存的审核依据与其摘要不符（已被改动），不予重算", null,
                    List.of(), null, null, then, now, digests));
        }
        if (row.get("body") == null) {
            return Optional.of(new Replay(declarationId, n, id, false, "该审核意见已按保存期限清除", null, List.of(), null, null,
                    then, now, digests));
        }
        VerdictInputs.Inputs in = inputs.read(text);
        Verdict recorded = read((String) row.get("body"));
        OffsetDateTime reviewedAt = beijing(row.get("reviewed_at"));
        Verdict replayed = "RECHECK".equals(in.kind())
                ? engine.recheck(in.dossier(), in.decisions(), in.recheckDate(), reviewedAt,
                        in.exclusionsFound() == null ? Map.of() : in.exclusionsFound())
                : engine.review(in.dossier(), in.decisions(), reviewedAt);
        boolean same = recorder.contentHash(replayed).equals(row.get("content_hash"));
        return Optional.of(new Replay(declarationId, n, id, true, null, same, same ? List.of() : differences(recorded, replayed),
                recorded.outcome().name(), replayed.outcome().name(), then, now, digests));
    }

    private List<String> differences(Verdict recorded, Verdict replayed) {
        List<String> out = new ArrayList<>();
        if (recorded.outcome() != replayed.outcome()) {
            out.add("outcome: " + recorded.outcome() + " -> " + replayed.outcome());
        }
        if (!String.valueOf(recorded.rulesVersion()).equals(String.valueOf(replayed.rulesVersion()))) {
            out.add("rulesVersion: " + recorded.rulesVersion() + " -> " + replayed.rulesVersion());
        }
        if (!String.valueOf(recorded.reviewOffice()).equals(String.valueOf(replayed.reviewOffice()))) {
            out.add("reviewOffice: " + name(recorded.reviewOffice()) + " -> " + name(replayed.reviewOffice()));
        }
        Map<String, Finding> before = byRule(recorded);
        Map<String, Finding> after = byRule(replayed);
        before.forEach((rule, finding) -> {
            Finding other = after.get(rule);
            if (other == null) {
                out.add("finding " + rule + ":" + finding.outcome() + " only in the recorded verdict");
            } else if (finding.outcome() != other.outcome()) {
                out.add("finding " + rule + ": " + finding.outcome() + " -> " + other.outcome());
            } else if (!String.valueOf(finding.message()).equals(String.valueOf(other.message()))) {
                out.add("finding " + rule + ": message differs");
            } else if (!write(finding.evidence()).equals(write(other.evidence()))) {
                out.add("finding " + rule + ": evidence differs");
            }
        });
        after.forEach((rule, finding) -> {
            if (!before.containsKey(rule)) {
                out.add("finding " + rule + ":" + finding.outcome() + " only in the replayed verdict");
            }
        });
        return out;
    }

    /** A timestamp column as H2 (OffsetDateTime) and PostgreSQL (Timestamp) return it, in Beijing time. */
    private static OffsetDateTime beijing(Object value) {
        java.time.Instant instant = value instanceof OffsetDateTime time ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.ofHours(8));
    }

    private static String name(ReviewOffice office) {
        return office == null ? "-" : office.name();
    }

    private static Map<String, Finding> byRule(Verdict verdict) {
        Map<String, Finding> map = new LinkedHashMap<>();
        verdict.findings().forEach(f -> map.putIfAbsent(f.rule(), f));
        return map;
    }

    private Verdict read(String body) {
        try {
            return json.readValue(body, Verdict.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored verdict no longer parses", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence does not serialize", e);
        }
    }
}
