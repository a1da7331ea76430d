package gx.zhicheng.documents;

import java.util.List;

/**
 * The statistics as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that Excel reads the Chinese), CRLF
 * line ends, a Chinese header, one count a row with its dimension, code and Chinese name. No cell can start a
 * formula.
 */
final class StatisticsCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "统计维度,代码,名称,申报数";

    private StatisticsCsv() {}

    static String write(Statistics s) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        row(csv, "合计", null, "有预审意见的申报", s.declarations());
        row(csv, "合计", "AWAITING_UNIT", "待单位推荐的申报（不预审）", s.awaitingUnit());
        rows(csv, "预审结论", s.byOutcome());
        rows(csv, "审核事项", s.byRule());
        rows(csv, "系列", s.bySeries());
        rows(csv, "预审单位", s.byOffice());
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String dimension, List<Statistics.Count> counts) {
        counts.forEach(c -> row(csv, dimension, c.code(), c.name(), c.count()));
    }

    private static void row(StringBuilder csv, String dimension, String code, String name, long count) {
        csv.append(field(dimension)).append(',').append(field(code)).append(',').append(field(name)).append(',')
                .append(count).append("\r\n");
    }

    /**
     * One cell. A value a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR; OWASP CSV
     * injection) gets a leading apostrophe, so it shows as the text it is; values come from the platform's data.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(value)
                ? '"' + text.replace("\"", "\"\"") + '"'
                : text;
    }
}
