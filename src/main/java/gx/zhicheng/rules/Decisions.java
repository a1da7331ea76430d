package gx.zhicheng.rules;

import static gx.zhicheng.rules.DecisionType.APPROVE;
import static gx.zhicheng.rules.DecisionType.CONFIRM;
import static gx.zhicheng.rules.DecisionType.CONFIRM_FALSIFICATION;
import static gx.zhicheng.rules.DecisionType.DISMISS;
import static gx.zhicheng.rules.DecisionType.REFUSE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operator decisions on VERIFY findings (rules.md, "Operator decisions on VERIFY findings"): which decisions
 * fit which finding, and the findings once the decisions are applied.
 */
final class Decisions {

    private static final Set<DecisionType> SUSPICION = inOrder(EnumSet.of(CONFIRM_FALSIFICATION, DISMISS));
    private static final Set<DecisionType> APPROVAL = inOrder(EnumSet.of(APPROVE, REFUSE));

    private static final Set<DecisionType> CONFIRMATION = inOrder(EnumSet.of(CONFIRM, DISMISS));

    /** The decisions table of rules.md; each row applies to the finding's VERIFY outcome only. */
    private static final Map<String, Set<DecisionType>> ON_VERIFY = Map.of(
            RuleCode.WORK_HISTORY_MISMATCH.name(), SUSPICION,
            RuleCode.IDENTITY_TYPE_MISMATCH.name(), SUSPICION,
            RuleCode.CIVIL_SERVANT.name(), CONFIRMATION,
            // the re-check's exclusion when its finding is only a suspicion: decided like CIVIL_SERVANT
            RuleCode.EXCLUSION_AFTER_DECLARATION.name(), CONFIRMATION,
            RuleCode.SI_RECORD_NOT_FOUND.name(), APPROVAL,
            RuleCode.PRIVATE_SI_CONTINUITY.name(), APPROVAL,
            RuleCode.PUBLIC_SUBJECT_EXAM_MISSING.name(), APPROVAL,
            RuleCode.NO_TITLE_APPROVAL_REQUIRED.name(), APPROVAL,
            RuleCode.EXCEPTIONAL_APPROVAL_REQUIRED.name(), APPROVAL);

    private static final Comparator<OffsetDateTime> WHEN =
            Comparator.nullsFirst(OffsetDateTime.timeLineOrder());

    private Decisions() {
    }

    /** Unmodifiable, iterating in the enum's order so that whoever lists the choices lists them the same way. */
    private static Set<DecisionType> inOrder(EnumSet<DecisionType> decisions) {
        return Collections.unmodifiableSet(decisions);
    }

    static Set<DecisionType> allowed(String rule, Outcome outcome) {
        return outcome == Outcome.VERIFY && rule != null ? ON_VERIFY.getOrDefault(rule, Set.of()) : Set.of();
    }

    /**
     * The findings with the decisions applied. A confirmed falsification holds for good: its suspicion finding,
     * fired or not, is replaced by FALSIFICATION_CONFIRMED, listed first. Any other decision applies while its
     * rule fires with the evidence it was taken on; the latest decision for a rule (decidedAt, then list order)
     * supersedes the earlier ones, which never come back.
     */
    static List<Finding> apply(List<Finding> findings, List<Decision> decisions) {
        List<Decision> valid = decisions == null ? List.of()
                : decisions.stream().filter(d -> allowed(d.rule(), Outcome.VERIFY).contains(d.decision())).toList();
        Map<String, Decision> confirmed = confirmations(valid);
        List<Finding> result = new ArrayList<>();
        confirmed.values().forEach(d -> result.add(DecidedFinding.falsificationConfirmed(d)));
        for (Finding finding : findings) {
            if (confirmed.containsKey(finding.rule())) {
                continue; // the confirmed suspicion finding is replaced by its FALSIFICATION_CONFIRMED above
            }
            Decision latest = latest(finding.rule(), valid);
            if (latest != null && allowed(finding.rule(), finding.outcome()).contains(latest.decision())
                    && SameEvidence.matches(latest.evidence(), finding.evidence())) {
                DecidedFinding.of(finding, latest).ifPresent(result::add);
            } else {
                result.add(finding);
            }
        }
        return result;
    }

    /** The first confirmation per rule (the one the archive entry dates from), in report order of the rules. */
    private static Map<String, Decision> confirmations(List<Decision> decisions) {
        Map<String, Decision> first = new LinkedHashMap<>();
        decisions.stream().filter(d -> d.decision() == CONFIRM_FALSIFICATION)
                .sorted(Comparator.comparingInt((Decision d) -> RuleCode.orderOf(d.rule()))
                        .thenComparing(Decision::decidedAt, WHEN))
                .forEach(d -> first.putIfAbsent(d.rule(), d));
        return first;
    }

    private static Decision latest(String rule, List<Decision> decisions) {
        Decision latest = null;
        for (Decision d : decisions) {
            if (d.rule().equals(rule) && (latest == null || WHEN.compare(d.decidedAt(), latest.decidedAt()) >= 0)) {
                latest = d;
            }
        }
        return latest;
    }
}
