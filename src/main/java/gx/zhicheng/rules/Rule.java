package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/** One rule of rules.md. Stateless: everything it looks at is in the context. */
interface Rule {

    RuleCode code();

    /** What must be available for the rule to be evaluated at all (see {@link Need}). */
    default Set<Need> needs() {
        return Set.of();
    }

    Optional<Finding> evaluate(ReviewContext context);
}
