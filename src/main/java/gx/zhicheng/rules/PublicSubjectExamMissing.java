package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/**
 * PUBLIC_SUBJECT_EXAM_MISSING: the declaration year's public-subject study and exam (公需科目) is not shown as done.
 * RETURN, or VERIFY (an approval the office decides) when the applicant attached a PUBLIC_EXAM_CERTIFICATE.
 */
final class PublicSubjectExamMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.PUBLIC_SUBJECT_EXAM_MISSING;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.CE_ANSWER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        int year = c.year();
        String problem;
        if (!c.ce().found()) {
            problem = "NO_RECORD";
        } else {
            Optional<CeRecord.CeYear> row = c.ce().year(year);
            if (row.isPresent() && row.get().publicExamPassed()) {
                return Optional.empty();
            }
            problem = row.isEmpty() ? "NO_YEAR" : "NOT_PASSED";
        }
        if (c.hasAttachment(Declaration.AttachmentType.PUBLIC_EXAM_CERTIFICATE)) {
            // rules 2022.2: the exam may be passed while the feed does not show it yet; the office checks the certificate
            return Optional.of(code().finding(Outcome.VERIFY,
                    "继续教育数据未显示申报人已完成" + year + "年度公需科目学习考试，申报人已上传" + year
                            + "年度公需科目考试合格证明，待职改办核实。",
                    Evidence.with("year", year).and("problem", problem).and("certificate", true).build()));
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "继续教育数据未显示申报人已完成" + year + "年度公需科目学习考试。申报前需完成当年度公需科目学习考试任务，"
                        + "请完成后再申报；如已完成但数据未同步，请上传" + year + "年度公需科目考试合格证明。",
                Evidence.with("year", year).and("problem", problem).build()));
    }
}
