package gx.zhicheng.system;

import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a log: resident ID numbers (keep the region prefix
 * and the last character), mobile phone numbers, and Chinese personal names in JSON "name" fields.
 * <p>
 * ID numbers in both generations: 18 characters (GB 11643-1999) and the 15 digits of the cards issued before
 * 1999, which applicants still type. Mobile numbers as people write them: 13800138000, 138-0013-8000,
 * 138 0013 8000, with the country code 86, +86 or 0086 before them.
 */
public final class Masking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{13}([0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern ID_NUMBER_15 = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d)(?![0-9A-Za-z])");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d+])((?:(?:\\+|00)?86[- ]?)?1[3-9]\\d)[- ]?\\d{4}[- ]?(\\d{4})(?!\\d)");
    private static final Pattern NAME_FIELD = Pattern.compile("(\"(?:name|formerNames)\"\\s*:\\s*\\[?\\s*\")([^\"]{1})[^\"]*\"");
    private static final Pattern SECRET_FIELD =
            Pattern.compile("((?:client_secret|access_token|appSecret|app-secret|Authorization: Bearer)[=:\\s\"]+)[^&\"\\s,}]+");

    private Masking() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = idAndPhoneNumbers(text);
        masked = NAME_FIELD.matcher(masked).replaceAll("$1$2**\"");
        return SECRET_FIELD.matcher(masked).replaceAll("$1****");
    }

    /**
     * ID numbers and mobile phone numbers in free text masked as in the logs; names untouched (the operator API shows
     * applicants' names to the office that reviews them).
     */
    public static String idAndPhoneNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // mobile numbers first: 0086 and an 11-digit number make 15 digits, which would read as an old ID number;
        // the look-arounds keep a mobile number from matching inside a longer run of digits (an ID number)
        String masked = PHONE.matcher(text).replaceAll("$1****$2");
        masked = ID_NUMBER.matcher(masked).replaceAll("$1*************$2");
        return ID_NUMBER_15.matcher(masked).replaceAll("$1**********$2");
    }

    /** An ID number for a log line: region prefix and check character only. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 6) {
            return "****";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 5) + idNumber.charAt(idNumber.length() - 1);
    }
}
