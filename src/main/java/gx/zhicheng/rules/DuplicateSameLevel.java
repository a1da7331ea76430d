package gx.zhicheng.rules;

import java.util.List;
import java.util.Optional;

/** DUPLICATE_SAME_LEVEL: another live declaration of the same person, year and level (同一年度只能申报一个同级别职称). */
final class DuplicateSameLevel implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.DUPLICATE_SAME_LEVEL;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        List<String> others = c.sameLevelDeclarationIds().stream()
                .filter(id -> !id.equals(c.declaration().declarationId()))
                .distinct().sorted().toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报人本年度还有其他同级别职称申报（" + String.join("、", others) + "）。专业技术人员在同一年度只能申报评审一个同级别职称，"
                        + "同一年度申报多个同级别职称的，该年度所有评审结果无效；请保留一个申报，撤回其余申报。",
                Evidence.with("otherDeclarationIds", others).build()));
    }
}
