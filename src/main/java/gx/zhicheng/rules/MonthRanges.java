package gx.zhicheng.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Months written as ranges ("2022-01~2022-03", a lone month as "2022-05"), so evidence stays short and stable. */
final class MonthRanges {

    private MonthRanges() {
    }

    static List<String> of(Collection<YearMonth> months) {
        List<String> ranges = new ArrayList<>();
        YearMonth start = null;
        YearMonth end = null;
        for (YearMonth m : new TreeSet<>(months)) {
            if (end != null && m.equals(end.plusMonths(1))) {
                end = m;
                continue;
            }
            if (start != null) {
                ranges.add(range(start, end));
            }
            start = m;
            end = m;
        }
        if (start != null) {
            ranges.add(range(start, end));
        }
        return List.copyOf(ranges);
    }

    static String range(YearMonth from, YearMonth to) {
        return from.equals(to) ? from.toString() : from + "~" + to;
    }

    /** The ranges for a Chinese message. */
    static String text(Collection<YearMonth> months) {
        return String.join("、", of(months));
    }

    /** Every month from {@code from} to {@code to}, both included. */
    static List<YearMonth> between(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
