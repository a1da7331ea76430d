package gx.zhicheng.documents;

import gx.zhicheng.rules.Labels;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.ReviewOffice;
import java.time.LocalDate;
import java.util.List;

/**
 * The one-time notification (一次性告知书) of a RETURN verdict: everything the applicant must supply, in one
 * letter, with the office to ask. {@code toSupply} are the RETURN findings; {@code forInformation} the others
 * (approvals pending at the office, INFO), which ask nothing of the applicant.
 */
record Notice(String declarationId, int version, String applicantName, int year, String series, String level,
              String specialty, LocalDate declaredOn, String employerName, List<Item> toSupply,
              List<Item> forInformation, ReviewOffice office, LocalDate date, String rulesVersion) {

    record Item(String rule, String name, String message) {}

    /** Which notice it is, for the template that prints RETURN and REJECT ({@link Refusal}) notices in one batch. */
    public String kind() {
        return "RETURN";
    }

    static Notice of(Reviewed reviewed, ReviewOffice office, LocalDate date) {
        Declaration d = reviewed.declaration();
        List<Finding> findings = reviewed.verdict().findings();
        return new Notice(reviewed.declarationId(), reviewed.verdict().declarationVersion(),
                d.applicant() == null ? "" : d.applicant().name(),
                d.year() != null ? d.year() : d.declaredOn() == null ? date.getYear() : d.declaredOn().getYear(),
                Labels.of(Labels.SERIES, d.series()), d.level() == null ? "" : Labels.of(Labels.LEVEL, d.level().name()),
                d.specialty(), d.declaredOn(), d.employer() == null ? null : d.employer().name(),
                items(findings, true), items(findings, false), office, date, reviewed.verdict().rulesVersion());
    }

    /** 2022年度工程系列中级（建筑工程施工专业） */
    public String subject() {
        return year + "年度" + series + "系列" + level + (specialty == null || specialty.isBlank() ? "" : "（" + specialty + "专业）");
    }

    private static List<Item> items(List<Finding> findings, boolean toSupply) {
        return findings.stream()
                .filter(f -> (f.outcome() == Outcome.RETURN) == toSupply)
                .map(f -> new Item(f.rule(), Labels.of(Labels.RULE, f.rule()), f.message()))
                .toList();
    }
}
