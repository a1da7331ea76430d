package gx.zhicheng.documents;

import gx.zhicheng.system.ReferenceCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The series and levels that have no local committee, or whose committee cannot convene, and are evaluated
 * elsewhere on a letter of the notice's attachment 2 (config/entrusted-evaluation.csv).
 *
 * <p>CSV, UTF-8, lines starting with # are comments, no quoting: {@code series,level,reason,sender}. {@code series}
 * and {@code level} are the codes of rules.md; {@code reason} is {@value #NO_SPECIALTY} (the specialty is not set up
 * here) or {@value #NO_COMMITTEE} (no committee for that series and level); {@code sender} is the office that signs
 * the letter, empty for the declaration's review office (the verdict's reviewOffice).
 */
final class EntrustedEvaluations {

    static final String HEADER = "series,level,reason,sender";
    static final String NO_SPECIALTY = "暂未设置评审专业";
    static final String NO_COMMITTEE = "尚未组建评委会";

    record Entrusted(String series, String level, String reason, String sender) {}

    private final List<Entrusted> rows;

    EntrustedEvaluations(List<Entrusted> rows) {
        this.rows = List.copyOf(rows);
    }

    static EntrustedEvaluations load(String location) {
        return new EntrustedEvaluations(ReferenceCsv.load(location, HEADER).stream().map(EntrustedEvaluations::parse).toList());
    }

    static EntrustedEvaluations load(Path csv) {
        return new EntrustedEvaluations(ReferenceCsv.load(csv, HEADER).stream().map(EntrustedEvaluations::parse).toList());
    }

    Optional<Entrusted> find(String series, String level) {
        return rows.stream().filter(r -> r.series().equals(series) && r.level().equals(level)).findFirst();
    }

    List<Entrusted> all() {
        return rows;
    }

    private static Entrusted parse(ReferenceCsv.Row row) {
        String reason = row.field(2);
        if (!Set.of(NO_SPECIALTY, NO_COMMITTEE).contains(reason)) {
            throw row.invalid("reason must be " + NO_SPECIALTY + " or " + NO_COMMITTEE);
        }
        String sender = row.field(3);
        return new Entrusted(row.field(0), row.field(1), reason, sender.isEmpty() ? null : sender);
    }
}
