package gx.zhicheng.province;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A deterministic generator of synthetic declarations and the SI and CE data behind them: declaration
 * number i always looks the same, so a crash test or a benchmark can be re-run and compared. Most are
 * clean; every 7th has low prior-year CE hours (PASS with INFO), every 11th misses the public exam (RETURN).
 */
public final class SyntheticDeclarations {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    static final String EMPLOYER = "崇左市人民医院";
    static final String CREDIT_CODE = "91350100M000100Y43";

    private SyntheticDeclarations() {}

    public static String declarationId(int i) {
        return String.format("GX2022-B%07d", i);
    }

    /** A valid resident ID number, unique per i (birth date from i / 1000, sequence i % 1000), born 1970-1990. */
    public static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays((i / 1000) * 73L % 7300);
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
                {"declarationId":"%s","version":%d,"updatedAt":"%s","year":2022,"declaredOn":"%s","status":"SUBMITTED",\
                "applicant":{"name":"测试%d","idNumber":"%s","formerNames":[],"phone":"139%08d"},\
                "category":"PUBLIC_INSTITUTION","employer":{"name":"%s","creditCode":"%s","independentLegalPerson":true,"regionCode":"451402"},\
                "series":"HEALTH","specialty":"临床医学","level":"INTERMEDIATE",\
                "currentTitle":{"level":"ASSISTANT","series":"HEALTH","obtainedOn":"2016-12-30","issuedInGuangxi":true},\
                "education":{"degree":"本科","graduatedOn":"2012-06-30"},\
                "workHistory":[{"employerName":"%s","creditCode":"%s","from":"2012-07","to":null,"position":"医师","professionalWork":true,"freelance":false}],\
                "claims":{},"attachments":[]}""".formatted(declarationId(i), version, updatedAt, declaredOn, i, idNumber(i),
                i % 100_000_000, EMPLOYER, CREDIT_CODE, EMPLOYER, CREDIT_CODE);
    }

    /** The SI result of person i for the months asked: paid unit rows at the employer. */
    static String siResult(String idNumber, YearMonth from, YearMonth to) {
        StringBuilder months = new StringBuilder();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (months.length() > 0) {
                months.append(',');
            }
            months.append("{\"month\":\"").append(m).append("\",\"employerCreditCode\":\"").append(CREDIT_CODE)
                    .append("\",\"employerName\":\"").append(EMPLOYER)
                    .append("\",\"employerType\":\"PUBLIC_INSTITUTION\",\"scheme\":\"AGENCY_AND_INSTITUTION\",\"paid\":true}");
        }
        return "{\"idNumber\":\"" + idNumber + "\",\"found\":true,\"pension\":{\"status\":\"CONTRIBUTING\",\"retiredOn\":null},\"months\":["
                + months + "]}";
    }

    /** The CE result of person i: enough hours and the exam passed, except the every-7th and every-11th cases. */
    static String ceResult(int i, String idNumber) {
        int professional = i % 7 == 0 ? 40 : 64;
        boolean passed = i % 11 != 0;
        return "{\"idNumber\":\"" + idNumber + "\",\"found\":true,\"years\":["
                + "{\"year\":2021,\"publicHours\":30,\"professionalHours\":" + professional + ",\"publicExamPassed\":true},"
                + "{\"year\":2022,\"publicHours\":20,\"professionalHours\":30,\"publicExamPassed\":" + passed + "}]}";
    }
}
