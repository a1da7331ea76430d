package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates every rule of rules.md for a declaration (一次性告知: all findings, never only the first) and
 * turns the findings into a verdict. A WITHDRAWN declaration gets no verdict and a declaration whose year
 * differs from its declaredOn is parked: both are the caller's to filter out before calling.
 */
public final class RuleEngine {

    /** Report order: FALSIFICATION_CONFIRMED first, then the rules table of rules.md; codes unknown to this version last. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(f -> RuleCode.orderOf(f.rule()));

    private final ReviewSettings settings;
    private final OfficeDirectory offices;
    private final List<Rule> rules;

    public RuleEngine(ReviewSettings settings, OfficeDirectory offices) {
        this.settings = settings;
        this.offices = offices;
        this.rules = rulesInTableOrder();
    }

    static List<Rule> rulesInTableOrder() {
        NoTitleEvidenceMissing noTitleEvidence = new NoTitleEvidenceMissing();
        NoTitleHistoryGap noTitleGap = new NoTitleHistoryGap();
        return List.of(new IdNumberInvalid(), new CreditCodeInvalid(), new EmployerMissing(), new WorkHistoryMissing(),
                new EmployerNotLegalPerson(), new CivilServant(), new Retired(), new RetirementAgeReached(),
                new RetirementExtensionProofMissing(), new DisciplinaryPeriod(), new UnderInvestigationOrSanction(),
                new IntegrityRecordActive(), new PublicSubjectExamMissing(), new PriorYearCeHoursLow(),
                new SiRecordNotFound(), new PrivateSiContinuity(), new FreelancerUnitContributions(),
                new WorkHistoryMismatch(), new IdentityTypeMismatch(), new DuplicateSameLevel(),
                new OutOfProvinceTitleNotReconfirmed(), noTitleEvidence, noTitleGap,
                new NoTitleApprovalRequired(noTitleEvidence, noTitleGap), new ExceptionalProofMissing(),
                new ExceptionalApprovalRequired(), new IdentityChangeProofMissing());
    }

    /** The regular review without operator decisions. */
    public Verdict review(Dossier dossier, OffsetDateTime reviewedAt) {
        return review(dossier, List.of(), reviewedAt);
    }

    /** The regular review: every rule on the evaluation date declaredOn, then the operator decisions applied. */
    public Verdict review(Dossier dossier, List<Decision> decisions, OffsetDateTime reviewedAt) {
        ReviewContext context = ReviewContext.of(dossier, dossier.declaration().declaredOn(), settings);
        return verdict(dossier, Decisions.apply(evaluate(context), decisions), reviewedAt);
    }

    /** The re-check without operator decisions. */
    public Verdict recheck(Dossier dossier, LocalDate recheckDate, OffsetDateTime reviewedAt) {
        return recheck(dossier, List.of(), recheckDate, reviewedAt);
    }

    /** The re-check with operator decisions, for a declaration no earlier re-check found an exclusion for. */
    public Verdict recheck(Dossier dossier, List<Decision> decisions, LocalDate recheckDate, OffsetDateTime reviewedAt) {
        return recheck(dossier, decisions, recheckDate, reviewedAt, Map.of());
    }

    /**
     * The re-check before confirmation: the regular review, plus EXCLUSION_AFTER_DECLARATION for each
     * exclusion that fires on the re-check date but did not on declaredOn (申报后出现上述情形的，评审结果不予确认),
     * with the outcome of the exclusion's own finding, then the operator decisions applied.
     *
     * @param foundBefore per rechecked rule code, the foundOn of an EXCLUSION_AFTER_DECLARATION an earlier re-check
     *                    recorded: the exclusion keeps the day it was first found, so that the daily re-check
     *                    pushes nothing new while it holds and a decision taken on it keeps applying
     */
    public Verdict recheck(Dossier dossier, List<Decision> decisions, LocalDate recheckDate, OffsetDateTime reviewedAt,
                           Map<String, LocalDate> foundBefore) {
        ReviewContext declared = ReviewContext.of(dossier, dossier.declaration().declaredOn(), settings);
        ReviewContext now = ReviewContext.of(dossier, recheckDate, settings);
        List<Finding> findings = new ArrayList<>(evaluate(declared));
        for (Rule rule : rules) {
            if (!ExclusionAfterDeclaration.rechecked().contains(rule.code())) {
                continue;
            }
            Optional<Finding> onRecheck = firing(rule, now);
            if (onRecheck.isPresent() && firing(rule, declared).isEmpty()) {
                LocalDate foundOn = foundBefore.getOrDefault(rule.code().name(), recheckDate);
                findings.add(ExclusionAfterDeclaration.finding(rule.code(), onRecheck.get(),
                        foundOn.isAfter(recheckDate) ? recheckDate : foundOn));
            }
        }
        return verdict(dossier, Decisions.apply(findings, decisions), reviewedAt);
    }

    /**
     * The decisions rules.md allows on a finding: only on a VERIFY of WORK_HISTORY_MISMATCH or
     * IDENTITY_TYPE_MISMATCH (CONFIRM_FALSIFICATION, DISMISS), CIVIL_SERVANT or EXCLUSION_AFTER_DECLARATION
     * (CONFIRM, DISMISS),
     * SI_RECORD_NOT_FOUND, PRIVATE_SI_CONTINUITY, NO_TITLE_APPROVAL_REQUIRED or EXCEPTIONAL_APPROVAL_REQUIRED
     * (APPROVE, REFUSE); none on anything else.
     */
    public static Set<DecisionType> decisionsFor(String ruleCode, Outcome findingOutcome) {
        return Decisions.allowed(ruleCode, findingOutcome);
    }

    /** Whether the re-check still runs for this declaration: up to and including the year's confirmation deadline. */
    public boolean recheckApplies(Declaration declaration, LocalDate today) {
        int year = declaration.year() != null ? declaration.year() : declaration.declaredOn().getYear();
        return !today.isAfter(settings.confirmationDeadline().atYear(year));
    }

    /**
     * The verdict outcome of rules.md: REJECT, then a suspicion VERIFY (a suspected falsification goes to
     * the office before the applicant is told what to correct), then RETURN (incomplete materials are
     * never forwarded for approval), then an approval VERIFY, else PASS. INFO never counts. Public so that
     * findings changed by operator decisions are judged the same way.
     */
    public static Outcome outcomeOf(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.REJECT)) {
            return Outcome.REJECT;
        }
        if (findings.stream().anyMatch(RuleCode::isSuspicion)) {
            return Outcome.VERIFY;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.RETURN)) {
            return Outcome.RETURN;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.VERIFY)) {
            return Outcome.VERIFY;
        }
        return Outcome.PASS;
    }

    private List<Finding> evaluate(ReviewContext context) {
        Set<Need> holding = Need.holdingIn(context);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (holding.containsAll(rule.needs())) {
                rule.evaluate(context).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** A rule fires when it reports its own code; an INFO under another code (a transition period) is no exclusion. */
    private static Optional<Finding> firing(Rule rule, ReviewContext context) {
        return Need.holdingIn(context).containsAll(rule.needs())
                ? rule.evaluate(context).filter(f -> f.rule().equals(rule.code().name()))
                : Optional.empty();
    }

    private Verdict verdict(Dossier dossier, List<Finding> findings, OffsetDateTime reviewedAt) {
        Declaration d = dossier.declaration();
        List<Finding> ordered = findings.stream().sorted(FINDING_ORDER).toList();
        return new Verdict(d.declarationId(), Optional.ofNullable(d.version()).orElse(0), outcomeOf(ordered),
                ordered, offices.officeFor(d), reviewedAt, settings.rulesVersion());
    }
}
