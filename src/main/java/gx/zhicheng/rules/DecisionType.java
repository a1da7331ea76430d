package gx.zhicheng.rules;

/** What an operator decides on a VERIFY finding (rules.md); which fits which finding: {@link RuleEngine#decisionsFor}. */
public enum DecisionType { CONFIRM_FALSIFICATION, DISMISS, CONFIRM, APPROVE, REFUSE }
