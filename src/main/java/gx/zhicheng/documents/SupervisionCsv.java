package gx.zhicheng.documents;

import java.util.List;

/**
 * The supervision figures as CSV, like {@link StatisticsCsv} (UTF-8 with a byte-order mark, CRLF, a Chinese header,
 * no cell that starts a formula): the city's row, then one row per office, then one per series.
 */
final class SupervisionCsv {

    static final String HEADER = "维度,代码,名称,申报数,待单位推荐,通过,退回补正,待核实,不予通过,待核实未决定,"
            + "待核实最久（天）,待核实平均（天）,确认,排除,同意,不同意,决定用时中位数（小时）,与全市相比突出";

    private SupervisionCsv() {}

    static String write(Supervision s) {
        StringBuilder csv = new StringBuilder(StatisticsCsv.BOM).append(HEADER).append("\r\n");
        row(csv, "全市", s.city());
        s.byOffice().forEach(r -> row(csv, "职改部门", r));
        s.bySeries().forEach(r -> row(csv, "系列", r));
        return csv.toString();
    }

    private static void row(StringBuilder csv, String dimension, Supervision.Row r) {
        List<Object> cells = List.of(r.declarations(), r.awaitingUnit(), r.pass(), r.returned(), r.verify(), r.reject(),
                r.verifyWaiting(), text(r.oldestWaitingDays()), text(r.meanWaitingDays()), r.confirmed(), r.dismissed(),
                r.approved(), r.refused(), text(r.medianDecisionHours()));
        csv.append(StatisticsCsv.field(dimension)).append(',').append(StatisticsCsv.field(r.code())).append(',')
                .append(StatisticsCsv.field(r.name()));
        cells.forEach(c -> csv.append(',').append(c));
        csv.append(',').append(StatisticsCsv.field(String.join("；", r.standsOut()))).append("\r\n");
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }
}
