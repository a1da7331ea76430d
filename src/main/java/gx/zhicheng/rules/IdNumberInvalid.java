package gx.zhicheng.rules;

import java.util.Optional;

/** ID_NUMBER_INVALID: the applicant's ID number is not a valid 18-character resident ID. */
final class IdNumberInvalid implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.ID_NUMBER_INVALID;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        String id = c.declaration().applicant() == null ? null : c.declaration().applicant().idNumber();
        return ResidentId.problem(id, c.evaluationDate()).map(problem -> code().finding(Outcome.RETURN,
                "公民身份号码无效（" + reason(problem) + "），请核对并填写本人18位居民身份证号码；"
                        + "身份证号码有误时无法通过数据共享核验社保、继续教育和年龄情况。",
                Evidence.with("problem", problem).build()));
    }

    private static String reason(ResidentId.Problem problem) {
        return switch (problem) {
            case FORMAT -> "应为17位数字加1位数字或大写X";
            case BIRTH_DATE -> "出生日期不存在或晚于申报日期";
            case CHECK_CHARACTER -> "校验码不符";
        };
    }
}
