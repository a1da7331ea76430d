package gx.zhicheng.province;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A deterministic generator of synthetic declarations and the SI and CE data behind them: declaration
 * number i always looks the same, so a crash test or a benchmark can be re-run and compared. Each declaration
 * draws its outcome from a fixed pseudo-random mix in the proportions an office sees ({@link #expected}): about
 * 55 % PASS (every 7th of them with low prior-year CE hours, PASS with INFO), 25 % RETURN (public exam missing),
 * 10 % VERIFY (half no SI record, half an SI employer type that contradicts the category) and 10 % REJECT (half
 * under investigation, half an active integrity-archive entry), so the VERIFY queue and the archive carry load.
 */
public final class SyntheticDeclarations {

    /** How many declarations have ID numbers of their own (1,042 birth weeks of 1,000 people). */
    public static final int MAX_DECLARATIONS = 1_042_000;

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    static final String EMPLOYER = "崇左市人民医院";
    static final String CREDIT_CODE = "91350100M000100Y43";

    private SyntheticDeclarations() {}

    /** What a declaration is drawn to be, and the outcome the rules of 2022.2 give it. */
    public enum Kind {
        CLEAN("PASS"), EXAM_MISSING("RETURN"), SI_NOT_FOUND("VERIFY"), EMPLOYER_TYPE_MISMATCH("VERIFY"),
        UNDER_INVESTIGATION("REJECT"), ARCHIVE_ENTRY("REJECT");

        private final String outcome;

        Kind(String outcome) {
            this.outcome = outcome;
        }

        public String outcome() {
            return outcome;
        }
    }

    /**
     * The kind of declaration i: a bucket 0-99 from a mix of i (SplitMix64's finaliser), so neighbours differ and
     * every page of the listing carries the whole mix; the same i always draws the same kind.
     */
    public static Kind kind(int i) {
        long z = (i + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        int bucket = (int) Long.remainderUnsigned(z ^ (z >>> 31), 100);
        if (bucket < 55) {
            return Kind.CLEAN;
        } else if (bucket < 80) {
            return Kind.EXAM_MISSING;
        } else if (bucket < 85) {
            return Kind.SI_NOT_FOUND;
        } else if (bucket < 90) {
            return Kind.EMPLOYER_TYPE_MISMATCH;
        } else if (bucket < 95) {
            return Kind.UNDER_INVESTIGATION;
        }
        return Kind.ARCHIVE_ENTRY;
    }

    /** The outcome declaration i should get (PASS, RETURN, VERIFY or REJECT). */
    public static String expected(int i) {
        return kind(i).outcome();
    }

    /** The i of a synthetic ID number (the inverse of {@link #idNumber}). */
    static int index(String idNumber) {
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
        long block = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1970, 1, 1), birth) / 7;
        return (int) (Integer.parseInt(idNumber.substring(14, 17)) + 1000 * block);
    }

    public static String declarationId(int i) {
        return String.format("GX2022-B%07d", i);
    }

    /**
     * A valid resident ID number, unique per i below {@link #MAX_DECLARATIONS} (birth date from i / 1000, a week
     * apart, born 1970-1990; sequence i % 1000), so that no two synthetic declarations are the same person's.
     */
    public static String idNumber(int i) {
        if (i < 0 || i >= MAX_DECLARATIONS) {
            throw new IllegalArgumentException("synthetic ID numbers are unique for 0 <= i < " + MAX_DECLARATIONS + ", not " + i);
        }
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays((i / 1000) * 7L);
        String base = "451402" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (base.charAt(k) - '0') * ID_WEIGHTS[k];
        }
        return base + ID_CHECK.charAt(sum % 11);
    }

    static LocalDate declaredOn(int i) {
        return LocalDate.of(2022, 6, 1).plusDays(i % 60);
    }

    /** The declaration JSON of the platform contract, at a version and update time. */
    static String declaration(int i, int version, String updatedAt) {
        LocalDate declaredOn = declaredOn(i);
        return """
                {"declarationId":"%s","version":%d,"updatedAt":"%s","year":2022,"declaredOn":"%s","status":"UNIT_RECOMMENDED",\
                "applicant":{"name":"测试%d","idNumber":"%s","formerNames":[],"phone":"139%08d"},\
                "category":"PUBLIC_INSTITUTION","employer":{"name":"%s","creditCode":"%s","independentLegalPerson":true,"regionCode":"451402"},\
                "series":"HEALTH","specialty":"临床医学","level":"INTERMEDIATE",\
                "currentTitle":{"level":"ASSISTANT","series":"HEALTH","obtainedOn":"2016-12-30","issuedInGuangxi":true},\
                "education":{"degree":"本科","graduatedOn":"2012-06-30"},\
                "workHistory":[{"employerName":"%s","creditCode":"%s","from":"2012-07","to":null,"position":"医师","professionalWork":true,"freelance":false}],\
                "claims":%s,"attachments":[]}""".formatted(declarationId(i), version, updatedAt, declaredOn, i, idNumber(i),
                i % 100_000_000, EMPLOYER, CREDIT_CODE, EMPLOYER, CREDIT_CODE,
                kind(i) == Kind.UNDER_INVESTIGATION ? "{\"underInvestigation\":true}" : "{}");
    }

    /** The SI result of person i for the months asked: paid unit rows at the employer. */
    static String siResult(String idNumber, YearMonth from, YearMonth to) {
        Kind kind = kind(index(idNumber));
        if (kind == Kind.SI_NOT_FOUND) {
            return "{\"idNumber\":\"" + idNumber + "\",\"found\":false}";
        }
        String employerType = kind == Kind.EMPLOYER_TYPE_MISMATCH ? "ENTERPRISE" : "PUBLIC_INSTITUTION";
        StringBuilder months = new StringBuilder();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (months.length() > 0) {
                months.append(',');
            }
            months.append("{\"month\":\"").append(m).append("\",\"employerCreditCode\":\"").append(CREDIT_CODE)
                    .append("\",\"employerName\":\"").append(EMPLOYER)
                    .append("\",\"employerType\":\"").append(employerType).append("\",\"scheme\":\"AGENCY_AND_INSTITUTION\",\"paid\":true}");
        }
        return "{\"idNumber\":\"" + idNumber + "\",\"found\":true,\"pension\":{\"status\":\"CONTRIBUTING\",\"retiredOn\":null},\"months\":["
                + months + "]}";
    }

    /** The CE result of person i: enough hours and the exam passed, except every 7th (low hours) and EXAM_MISSING. */
    static String ceResult(int i, String idNumber) {
        int professional = i % 7 == 0 ? 40 : 64;
        boolean passed = kind(i) != Kind.EXAM_MISSING;
        return "{\"idNumber\":\"" + idNumber + "\",\"found\":true,\"years\":["
                + "{\"year\":2021,\"publicHours\":30,\"professionalHours\":" + professional + ",\"publicExamPassed\":true},"
                + "{\"year\":2022,\"publicHours\":20,\"professionalHours\":30,\"publicExamPassed\":" + passed + "}]}";
    }

    /** The integrity-archive entries of person i: one active on every declaredOn of 2022 for ARCHIVE_ENTRY, else none. */
    static String archiveEntries(String idNumber) {
        int i = index(idNumber);
        if (kind(i) != Kind.ARCHIVE_ENTRY) {
            return "{\"entries\":[]}";
        }
        return "{\"entries\":[{\"entryId\":\"E-" + i + "\",\"idNumber\":\"" + idNumber + "\",\"name\":\"测试" + i
                + "\",\"reason\":\"材料造假\",\"recordedOn\":\"2021-03-01\",\"expiresOn\":\"2024-03-01\"}]}";
    }
}
