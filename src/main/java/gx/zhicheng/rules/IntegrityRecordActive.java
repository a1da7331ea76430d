package gx.zhicheng.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** INTEGRITY_RECORD_ACTIVE: an integrity-archive entry is in its record period on the evaluation date. */
final class IntegrityRecordActive implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.INTEGRITY_RECORD_ACTIVE;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        List<ArchiveEntry> active = c.archive().stream()
                .filter(e -> e.recordedOn() != null && e.expiresOn() != null)
                .filter(e -> !e.recordedOn().isAfter(c.evaluationDate()) && e.expiresOn().isAfter(c.evaluationDate()))
                .sorted(Comparator.comparing(ArchiveEntry::recordedOn).thenComparing(ArchiveEntry::expiresOn)
                        .thenComparing(e -> e.entryId() == null ? "" : e.entryId()))
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDay = active.stream().map(ArchiveEntry::expiresOn).max(Comparator.naturalOrder()).orElseThrow();
        List<Map<String, Object>> entries = active.stream()
                .map(e -> Evidence.with("entryId", e.entryId()).and("reason", e.reason())
                        .and("recordedOn", e.recordedOn()).and("expiresOn", e.expiresOn()).build())
                .toList();
        return Optional.of(code().finding(Outcome.REJECT,
                "申报人已记入职称评审诚信档案库，记录期于" + lastDay + "届满，记录期内不得申报职称，申报不予受理。",
                Evidence.with("entries", entries).build()));
    }
}
