package gx.zhicheng.documents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The city office's supervision of its counties (督导, 七(一): 问题通报, each office's handling counts in its year's
 * evaluation): for the declarations of a year, per review office and per series, what the rules gave them, what
 * waits at the office, how the office decided what the rules sent it and how long it took, and the offices whose
 * figures stand out from the city's ({@link #RULE}, docs/operators.md). {@code asOf}: when the figures were taken
 * from the tables (Beijing time) ({@link FigureSnapshots} keeps them for a while).
 */
record Supervision(int year, OffsetDateTime asOf, Row city, List<Row> byOffice, List<Row> bySeries, String rule) {

    /** How an office stands out, in the words of docs/operators.md. */
    static final String RULE = "与全市相比：退回补正率或不予通过率相差超过 20 个百分点（已预审不少于 10 份）；"
            + "确认率（确认/确认+排除）或同意率（同意/同意+不同意）相差超过 20 个百分点（该类决定不少于 5 个）；"
            + "核实决定用时中位数超过全市的 2 倍（决定不少于 5 个）；待核实最久的超过全市待核实平均等待天数的 2 倍且超过 14 天。";

    static final int RATE_POINTS = 20;
    static final int MIN_REVIEWED = 10;
    static final int MIN_DECISIONS = 5;
    static final double TIMES = 2.0;
    static final int MIN_OLDEST_DAYS = 14;

    /**
     * One office's, one series' or the city's figures. {@code declarations}: not withdrawn; {@code awaitingUnit}: of
     * those, waiting for their unit (no verdict owed yet); {@code pass} … {@code reject}: by the latest verdict's
     * outcome; {@code verifyWaiting}: declarations with VERIFY findings no decision was taken on, with the age of the
     * oldest and the mean age in days; decisions by kind (CONFIRM counts CONFIRM and CONFIRM_FALSIFICATION) and the
     * median hours from the verdict a decision answered to the decision (null without decisions).
     */
    record Row(String code, String name, long declarations, long awaitingUnit, long pass, long returned, long verify,
               long reject, long verifyWaiting, Double oldestWaitingDays, Double meanWaitingDays, long confirmed,
               long dismissed, long approved, long refused, Double medianDecisionHours, List<String> standsOut) {

        long reviewed() {
            return pass + returned + verify + reject;
        }

        Double returnRate() {
            return rate(returned, reviewed());
        }

        Double rejectRate() {
            return rate(reject, reviewed());
        }

        Double confirmRate() {
            return rate(confirmed, confirmed + dismissed);
        }

        Double approveRate() {
            return rate(approved, approved + refused);
        }

        long decisions() {
            return confirmed + dismissed + approved + refused;
        }

        Row standingOut(List<String> reasons) {
            return new Row(code, name, declarations, awaitingUnit, pass, returned, verify, reject, verifyWaiting,
                    oldestWaitingDays, meanWaitingDays, confirmed, dismissed, approved, refused, medianDecisionHours,
                    List.copyOf(reasons));
        }
    }

    /** Percentage, one decimal; null when there is nothing to divide. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** The reasons an office's figures stand out from the city's ({@link #RULE}); empty when they do not. */
    static List<String> standsOut(Row office, Row city) {
        List<String> reasons = new ArrayList<>();
        if (office.reviewed() >= MIN_REVIEWED) {
            apart(reasons, "退回补正率", office.returnRate(), city.returnRate());
            apart(reasons, "不予通过率", office.rejectRate(), city.rejectRate());
        }
        if (office.confirmed() + office.dismissed() >= MIN_DECISIONS) {
            apart(reasons, "确认率", office.confirmRate(), city.confirmRate());
        }
        if (office.approved() + office.refused() >= MIN_DECISIONS) {
            apart(reasons, "同意率", office.approveRate(), city.approveRate());
        }
        if (office.decisions() >= MIN_DECISIONS && office.medianDecisionHours() != null && city.medianDecisionHours() != null
                && office.medianDecisionHours() > TIMES * city.medianDecisionHours()) {
            reasons.add("核实决定用时中位数 " + office.medianDecisionHours() + " 小时，超过全市（" + city.medianDecisionHours()
                    + " 小时）的 2 倍");
        }
        if (office.oldestWaitingDays() != null && city.meanWaitingDays() != null && office.oldestWaitingDays() > MIN_OLDEST_DAYS
                && office.oldestWaitingDays() > TIMES * city.meanWaitingDays()) {
            reasons.add("待核实最久 " + office.oldestWaitingDays() + " 天，超过全市平均等待（" + city.meanWaitingDays() + " 天）的 2 倍");
        }
        return Collections.unmodifiableList(reasons);
    }

    private static void apart(List<String> reasons, String what, Double office, Double city) {
        if (office != null && city != null && Math.abs(office - city) > RATE_POINTS) {
            reasons.add(what + " " + office + "%，全市 " + city + "%，相差超过 " + RATE_POINTS + " 个百分点");
        }
    }
}
