package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Level;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * RETIREMENT_AGE_REACHED: the statutory retirement age is reached on the evaluation date, unless an
 * approved extension is both claimed and documented.
 */
final class RetirementAgeReached implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.RETIREMENT_AGE_REACHED;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BIRTH_DATE);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (!reached(c) || (extensionClaimed(c) && c.hasAttachment(AttachmentType.RETIREMENT_EXTENSION_APPROVAL))) {
            return Optional.empty();
        }
        Period age = age(c);
        LocalDate on = reachedOn(c);
        return Optional.of(code().finding(Outcome.REJECT,
                "申报人已于" + on + "达到法定退休年龄（" + StatutoryRetirementAge.text(age) + "），"
                        + "除按规定办理了延长退休手续者以外，已达到法定退休年龄的人员不得申报，申报不予受理。",
                Evidence.with("birthDate", c.residentId().birthDate())
                        .and("sex", c.residentId().male() ? "MALE" : "FEMALE")
                        .and("retirementAge", StatutoryRetirementAge.text(age))
                        .and("reachedOn", on).build()));
    }

    static boolean reached(ReviewContext c) {
        return !c.evaluationDate().isBefore(reachedOn(c));
    }

    static boolean extensionClaimed(ReviewContext c) {
        return Boolean.TRUE.equals(c.claims().retirementExtensionApproved());
    }

    private static LocalDate reachedOn(ReviewContext c) {
        ResidentId id = c.residentId();
        return StatutoryRetirementAge.reachedOn(id.birthDate(), id.male(), c.settings().womenBaseAge(), at60(c));
    }

    private static Period age(ReviewContext c) {
        ResidentId id = c.residentId();
        return StatutoryRetirementAge.age(id.birthDate(), id.male(), c.settings().womenBaseAge(), at60(c));
    }

    /** 组通字〔2015〕14号: women holding a (deputy) senior title at a public institution. */
    private static boolean at60(ReviewContext c) {
        Declaration d = c.declaration();
        Level held = d.currentTitle() == null ? null : d.currentTitle().level();
        return c.settings().seniorWomenInPublicInstitutionRetireAt60()
                && d.category() == Declaration.Category.PUBLIC_INSTITUTION
                && (held == Level.DEPUTY_SENIOR || held == Level.SENIOR);
    }
}
