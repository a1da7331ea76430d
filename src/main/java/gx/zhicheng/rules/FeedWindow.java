package gx.zhicheng.rules;

import java.time.YearMonth;
import java.util.List;

/**
 * What the enrich step asks the feeds for one declaration: the SI months (the work-history check
 * window, the private-continuity and freelancer months and the latest unit row before M all lie in
 * it) and the CE years (the declaration year for the public exam, the year before for the hours).
 */
public record FeedWindow(YearMonth siFrom, YearMonth siTo, List<Integer> ceYears) {

    public FeedWindow {
        ceYears = List.copyOf(ceYears);
    }

    public static FeedWindow of(Declaration declaration, ReviewSettings settings) {
        YearMonth m = declaration.declarationMonth();
        // The check window never starts before M-60 (config); private continuity needs M-6 and the
        // freelancer rule M-5, both inside it. The latest unit row for CIVIL_SERVANT and
        // IDENTITY_TYPE_MISMATCH is looked for within the same range.
        int back = Math.max(settings.checkWindowMonths(), 6);
        int year = declaration.year() != null ? declaration.year() : declaration.declaredOn().getYear();
        return new FeedWindow(m.minusMonths(back), m, List.of(year - 1, year));
    }
}
