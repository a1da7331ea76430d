package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/** CREDIT_CODE_INVALID: the declaring unit's unified social credit code fails the GB 32100 check. */
final class CreditCodeInvalid implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.CREDIT_CODE_INVALID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.EMPLOYER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        String code = c.declaration().employer().creditCode();
        if (CreditCode.isValid(code)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报单位统一社会信用代码无效，请按营业执照或登记证书核对并填写18位统一社会信用代码。",
                Evidence.with("creditCode", code == null ? "" : code).build()));
    }
}
