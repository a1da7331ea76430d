package gx.zhicheng.rules;

/** Outcome of a finding and of a verdict; PASS only for a verdict, INFO only for a finding. */
public enum Outcome { PASS, INFO, RETURN, VERIFY, REJECT }
