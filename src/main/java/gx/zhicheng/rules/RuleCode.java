package gx.zhicheng.rules;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every finding code of rules.md, in the order of its rules table: findings are reported in this order.
 * Codes that rules.md names outside the table sit right after the rule that emits them; the re-check code
 * comes last. FALSIFICATION_CONFIRMED comes first: it is what decides such a verdict.
 */
public enum RuleCode {
    /** Operator decision: a suspected falsification was confirmed (replaces the suspicion finding). */
    FALSIFICATION_CONFIRMED,
    ID_NUMBER_INVALID,
    CREDIT_CODE_INVALID,
    EMPLOYER_MISSING,
    WORK_HISTORY_MISSING,
    EMPLOYER_NOT_LEGAL_PERSON,
    CIVIL_SERVANT,
    /** INFO reported by the CIVIL_SERVANT rule instead of itself during a civil-service transition period. */
    CIVIL_SERVICE_TRANSITION,
    RETIRED,
    RETIREMENT_AGE_REACHED,
    RETIREMENT_EXTENSION_PROOF_MISSING,
    DISCIPLINARY_PERIOD,
    UNDER_INVESTIGATION_OR_SANCTION,
    INTEGRITY_RECORD_ACTIVE,
    PUBLIC_SUBJECT_EXAM_MISSING,
    PRIOR_YEAR_CE_HOURS_LOW,
    SI_RECORD_NOT_FOUND,
    PRIVATE_SI_CONTINUITY,
    FREELANCER_UNIT_CONTRIBUTIONS,
    WORK_HISTORY_MISMATCH,
    IDENTITY_TYPE_MISMATCH,
    DUPLICATE_SAME_LEVEL,
    OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED,
    NO_TITLE_EVIDENCE_MISSING,
    NO_TITLE_HISTORY_GAP,
    NO_TITLE_APPROVAL_REQUIRED,
    EXCEPTIONAL_PROOF_MISSING,
    EXCEPTIONAL_APPROVAL_REQUIRED,
    IDENTITY_CHANGE_PROOF_MISSING,
    /** Re-check before confirmation: an exclusion that arose after declaredOn. */
    EXCLUSION_AFTER_DECLARATION;

    /**
     * A VERIFY of these codes is a suspicion (rules.md, Terms): it outranks RETURN because a suspected
     * falsification goes to the office before the applicant is told what to correct.
     */
    public boolean suspicionWhenVerify() {
        return this == WORK_HISTORY_MISMATCH || this == IDENTITY_TYPE_MISMATCH || this == CIVIL_SERVANT;
    }

    /** Whether a finding is a suspicion finding; unknown codes never are. */
    public static boolean isSuspicion(Finding finding) {
        RuleCode code = BY_NAME.get(finding.rule());
        return finding.outcome() == Outcome.VERIFY && code != null && code.suspicionWhenVerify();
    }

    /** Position of a finding code in report order; codes unknown to this version sort last. */
    public static int orderOf(String code) {
        RuleCode known = BY_NAME.get(code);
        return known == null ? Integer.MAX_VALUE : known.ordinal();
    }

    Finding finding(Outcome outcome, String message, Map<String, Object> evidence) {
        return new Finding(name(), outcome, message, evidence);
    }

    private static final Map<String, RuleCode> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, c -> c));
}
