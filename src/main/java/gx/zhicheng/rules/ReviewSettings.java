package gx.zhicheng.rules;

import java.time.MonthDay;
import java.util.Objects;

/**
 * The thresholds rules.md marks (config). {@link #defaults()} is what rules version 2022.2 means; an
 * operator may change them in config/ without a rebuild.
 *
 * @param ceTotalHours             prior-year CE hours below which PRIOR_YEAR_CE_HOURS_LOW is reported (人社部令第25号)
 * @param ceProfessionalHours      prior-year professional CE hours below which it is reported (two thirds of the total)
 * @param conflictMonths           WORK_HISTORY_MISMATCH fires from this many conflict months
 * @param gapMonths                WORK_HISTORY_MISMATCH fires from this many gap months
 * @param checkWindowMonths        how far back from M the work-history check window reaches
 * @param noTitleGapMonths         NO_TITLE_HISTORY_GAP fires from a run of this many uncovered months
 * @param womenBaseAge             women's base retirement age, 50 or 55 (professional and technical posts: 55)
 * @param seniorWomenInPublicInstitutionRetireAt60 组通字〔2015〕14号: deputy-senior/senior women at a public institution retire at 60
 * @param confirmationDeadline     the re-check runs up to and including this day of the declaration year
 * @param rulesVersion             reported in every verdict
 */
public record ReviewSettings(int ceTotalHours, int ceProfessionalHours, int conflictMonths, int gapMonths,
                             int checkWindowMonths, int noTitleGapMonths, int womenBaseAge,
                             boolean seniorWomenInPublicInstitutionRetireAt60, MonthDay confirmationDeadline,
                             String rulesVersion) {

    public ReviewSettings {
        if (womenBaseAge != 50 && womenBaseAge != 55) {
            throw new IllegalArgumentException("womenBaseAge must be 50 or 55, was " + womenBaseAge);
        }
        requirePositive(conflictMonths, "conflictMonths");
        requirePositive(gapMonths, "gapMonths");
        requirePositive(checkWindowMonths, "checkWindowMonths");
        requirePositive(noTitleGapMonths, "noTitleGapMonths");
        if (ceTotalHours < 0 || ceProfessionalHours < 0) {
            throw new IllegalArgumentException("CE hour thresholds must not be negative");
        }
        Objects.requireNonNull(confirmationDeadline, "confirmationDeadline");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(90, 60, 3, 6, 60, 3, 55, true, MonthDay.of(11, 30), "2022.2");
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
