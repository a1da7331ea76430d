package gx.zhicheng.rules;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a rule needs before it can be evaluated. The gating of rules.md is this and nothing else:
 * a rule runs only when every need it declares holds for the context.
 * <ul>
 *   <li>an invalid ID number (ID_NUMBER_INVALID) leaves no birth date, and the context then carries no SI or CE answer;</li>
 *   <li>a missing employer (EMPLOYER_MISSING) fails {@link #EMPLOYER};</li>
 *   <li>an empty work history (WORK_HISTORY_MISSING) fails {@link #WORK_HISTORY};</li>
 *   <li>SI found:false fails {@link #SI_FOUND}, leaving only SI_RECORD_NOT_FOUND (which needs {@link #SI_ANSWER}).</li>
 * </ul>
 */
enum Need {
    BIRTH_DATE(c -> c.residentId() != null),
    SI_ANSWER(c -> c.si() != null),
    SI_FOUND(c -> c.si() != null && c.si().found()),
    CE_ANSWER(c -> c.ce() != null),
    EMPLOYER(c -> c.declaration().employer() != null),
    WORK_HISTORY(c -> !c.workHistory().isEmpty());

    private final Predicate<ReviewContext> holds;

    Need(Predicate<ReviewContext> holds) {
        this.holds = holds;
    }

    static Set<Need> holdingIn(ReviewContext context) {
        Set<Need> holding = EnumSet.noneOf(Need.class);
        for (Need need : values()) {
            if (need.holds.test(context)) {
                holding.add(need);
            }
        }
        return holding;
    }
}
