package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import gx.zhicheng.rules.SiRecord.SiMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IDENTITY_TYPE_MISMATCH (suspicion): the SI employer type of the declaring unit's latest row before M
 * contradicts the declared identity (身份性质). Categories without an SI counterpart are not checked.
 */
final class IdentityTypeMismatch implements Rule {

    private static final Map<Category, EmployerType> EXPECTED = Map.of(
            Category.PUBLIC_INSTITUTION, EmployerType.PUBLIC_INSTITUTION,
            Category.STATE_ENTERPRISE, EmployerType.ENTERPRISE,
            Category.PRIVATE_ENTERPRISE, EmployerType.ENTERPRISE,
            Category.SOCIAL_ORGANIZATION, EmployerType.SOCIAL_ORGANIZATION,
            Category.INDIVIDUAL_BUSINESS, EmployerType.INDIVIDUAL_BUSINESS);

    @Override
    public RuleCode code() {
        return RuleCode.IDENTITY_TYPE_MISMATCH;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_FOUND, Need.EMPLOYER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Category category = c.declaration().category();
        EmployerType expected = EXPECTED.get(category);
        if (expected == null) {
            return Optional.empty();
        }
        List<SiMonth> latest = c.latestUnitRowsBeforeM(r -> EmployerMatch.matches(c.declaration().employer(), r));
        if (latest.isEmpty() || latest.stream().anyMatch(r -> r.employerType() == expected)) {
            return Optional.empty();
        }
        SiMonth row = latest.get(0);
        return Optional.of(code().finding(Outcome.VERIFY,
                "申报的身份性质（" + categoryText(category) + "）与社保数据不符：申报单位" + row.month() + "在社保中的单位类型为"
                        + typeText(row.employerType()) + "，需由职改办核实。经核实为填报虚假信息的，不予接收材料并记入职称评审诚信档案库。",
                Evidence.with("category", category).and("month", row.month())
                        .and("siEmployerName", row.employerName()).and("siEmployerType", row.employerType()).build()));
    }

    private static String categoryText(Category category) {
        return switch (category) {
            case PUBLIC_INSTITUTION -> "事业单位";
            case STATE_ENTERPRISE -> "国有企业";
            case PRIVATE_ENTERPRISE -> "民营企业";
            case SOCIAL_ORGANIZATION -> "社会组织";
            case INDIVIDUAL_BUSINESS -> "个体经济组织";
            case FREELANCER -> "自由职业";
            case GOVERNMENT_AGENCY -> "机关";
            case CIVIL_SERVICE_MANAGED_INSTITUTION -> "参照公务员法管理单位";
        };
    }

    private static String typeText(EmployerType type) {
        return switch (type) {
            case GOVERNMENT_AGENCY -> "机关";
            case PUBLIC_INSTITUTION -> "事业单位";
            case ENTERPRISE -> "企业";
            case SOCIAL_ORGANIZATION -> "社会组织";
            case INDIVIDUAL_BUSINESS -> "个体工商户";
            case FLEXIBLE_EMPLOYMENT -> "灵活就业";
        };
    }
}
