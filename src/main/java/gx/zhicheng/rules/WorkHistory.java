package gx.zhicheng.rules;

import java.time.YearMonth;
import java.util.List;

/** Month arithmetic on declared work-history entries. */
final class WorkHistory {

    private WorkHistory() {
    }

    /** An entry with {@code to} null runs to the declaration month M; nothing counts after M. */
    static YearMonth end(Declaration.WorkEntry entry, YearMonth m) {
        return entry.to() == null || entry.to().isAfter(m) ? m : entry.to();
    }

    static boolean covers(Declaration.WorkEntry entry, YearMonth month, YearMonth m) {
        return entry.from() != null && !month.isBefore(entry.from()) && !month.isAfter(end(entry, m));
    }

    static List<Declaration.WorkEntry> covering(List<Declaration.WorkEntry> entries, YearMonth month, YearMonth m) {
        return entries.stream().filter(e -> covers(e, month, m)).toList();
    }
}
