package gx.zhicheng.rules;

import java.util.Optional;

/** UNDER_INVESTIGATION_OR_SANCTION: an open investigation, or a sanction still in effect. */
final class UnderInvestigationOrSanction implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.UNDER_INVESTIGATION_OR_SANCTION;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration.Claims claims = c.claims();
        boolean open = Boolean.TRUE.equals(claims.underInvestigation());
        var until = claims.investigationOrSanctionUntil();
        boolean inEffect = ReviewContext.onOrAfter(until, c.evaluationDate());
        if (!open && !inEffect) {
            return Optional.empty();
        }
        String what = open ? "申报人被有关部门立案审查调查，尚未结案"
                : "申报人受到违纪违法处分处罚，影响期至" + until;
        return Optional.of(code().finding(Outcome.REJECT,
                what + "，期间不得申报职称，申报不予受理。",
                Evidence.with("underInvestigation", open).and("until", inEffect ? until : null).build()));
    }
}
