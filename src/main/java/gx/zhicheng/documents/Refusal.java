package gx.zhicheng.documents;

import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.Labels;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.ReviewOffice;
import java.time.LocalDate;
import java.util.List;

/**
 * The written notice of a REJECT verdict (不予受理告知书; 四(三): 经审核，申报材料不符合规定条件的，实行一次性告知制度):
 * why the declaration cannot go on this year. {@code reasons} are the REJECT findings in the rules' words, each with the
 * Chinese label of its code; {@code alsoFound} the other findings of the same verdict (一次性告知: nothing held back,
 * though none of them can make the declaration go on); {@code falsification} whether the verdict carries
 * FALSIFICATION_CONFIRMED (the entry in the integrity archive, 记录期三年). The office to ask and to object to
 * (七(三)) is the verdict's review office.
 */
record Refusal(String declarationId, int version, String applicantName, int year, String series, String level,
               String specialty, LocalDate declaredOn, String employerName, List<Notice.Item> reasons,
               List<Notice.Item> alsoFound, boolean falsification, ReviewOffice office, LocalDate date,
               String rulesVersion) {

    /** Which notice it is, for the template that prints RETURN and REJECT notices in one batch. */
    public String kind() {
        return "REJECT";
    }

    static Refusal of(Reviewed reviewed, ReviewOffice office, LocalDate date) {
        Declaration d = reviewed.declaration();
        List<Finding> findings = reviewed.verdict().findings();
        return new Refusal(reviewed.declarationId(), reviewed.verdict().declarationVersion(),
                d.applicant() == null ? "" : d.applicant().name(),
                d.year() != null ? d.year() : d.declaredOn() == null ? date.getYear() : d.declaredOn().getYear(),
                Labels.of(Labels.SERIES, d.series()), d.level() == null ? "" : Labels.of(Labels.LEVEL, d.level().name()),
                d.specialty(), d.declaredOn(), d.employer() == null ? null : d.employer().name(),
                items(findings, true), items(findings, false),
                findings.stream().anyMatch(f -> "FALSIFICATION_CONFIRMED".equals(f.rule())),
                office, date, reviewed.verdict().rulesVersion());
    }

    /** 2022年度工程系列中级（建筑工程施工专业） */
    public String subject() {
        return year + "年度" + series + "系列" + level + (specialty == null || specialty.isBlank() ? "" : "（" + specialty + "专业）");
    }

    private static List<Notice.Item> items(List<Finding> findings, boolean reasons) {
        return findings.stream()
                .filter(f -> (f.outcome() == Outcome.REJECT) == reasons && (reasons || f.outcome() != Outcome.INFO))
                .map(f -> new Notice.Item(f.rule(), Labels.of(Labels.RULE, f.rule()), f.message()))
                .toList();
    }
}
