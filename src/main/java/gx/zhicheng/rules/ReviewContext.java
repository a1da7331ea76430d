package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the rules look at, on one evaluation date. The SI and CE answers are only carried when the ID
 * number is valid, so that no rule can read feed data the gating says does not exist.
 *
 * @param residentId null when the ID number is invalid on the evaluation date
 * @param si         null when not available; may be found:false
 * @param ce         null when not available; may be found:false
 */
record ReviewContext(Declaration declaration, LocalDate evaluationDate, ResidentId residentId, SiRecord si,
                     CeRecord ce, List<ArchiveEntry> archive, List<String> sameLevelDeclarationIds,
                     ReviewSettings settings) {

    static ReviewContext of(Dossier dossier, LocalDate evaluationDate, ReviewSettings settings) {
        Declaration d = dossier.declaration();
        ResidentId id = ResidentId.parse(d.applicant() == null ? null : d.applicant().idNumber(), evaluationDate)
                .orElse(null);
        return new ReviewContext(d, evaluationDate, id, id == null ? null : dossier.si(),
                id == null ? null : dossier.ce(), dossier.archive(), dossier.sameLevelDeclarationIds(), settings);
    }

    /** The declaration month M. */
    YearMonth month() {
        return declaration.declarationMonth();
    }

    int year() {
        return declaration.year() != null ? declaration.year() : declaration.declaredOn().getYear();
    }

    List<Declaration.WorkEntry> workHistory() {
        return declaration.workHistory() == null ? List.of() : declaration.workHistory();
    }

    Declaration.Claims claims() {
        return declaration.claims();
    }

    boolean hasAttachment(Declaration.AttachmentType type) {
        return declaration.hasAttachment(type);
    }

    /** Unit rows from {@code from} to {@code to}; none when the SI record is not available or not found. */
    List<SiRecord.SiMonth> unitRows(YearMonth from, YearMonth to) {
        if (si == null || !si.found()) {
            return List.of();
        }
        return si.months().stream()
                .filter(SiRecord.SiMonth::isUnitRow)
                .filter(r -> r.month() != null && !r.month().isBefore(from) && !r.month().isAfter(to))
                .toList();
    }

    /** The unit rows of the latest month up to M-1 that has any (among those accepted by the filter). */
    List<SiRecord.SiMonth> latestUnitRowsBeforeM(Predicate<SiRecord.SiMonth> accepted) {
        List<SiRecord.SiMonth> rows = unitRows(YearMonth.of(1, 1), month().minusMonths(1)).stream()
                .filter(accepted).toList();
        YearMonth latest = rows.stream().map(SiRecord.SiMonth::month).max(YearMonth::compareTo).orElse(null);
        return latest == null ? List.of() : rows.stream().filter(r -> r.month().equals(latest)).toList();
    }

    static boolean onOrAfter(LocalDate date, LocalDate evaluationDate) {
        return date != null && !date.isBefore(evaluationDate);
    }
}
