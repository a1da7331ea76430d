package gx.zhicheng.system;

import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a log: resident ID numbers (keep the region prefix
 * and the last character), mobile phone numbers, and Chinese personal names in JSON "name" fields.
 */
public final class Masking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{13}([0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern NAME_FIELD = Pattern.compile("(\"(?:name|formerNames)\"\\s*:\\s*\\[?\\s*\")([^\"]{1})[^\"]*\"");
    private static final Pattern SECRET_FIELD =
            Pattern.compile("((?:client_secret|access_token|appSecret|app-secret|Authorization: Bearer)[=:\\s\"]+)[^&\"\\s,}]+");

    private Masking() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1*************$2");
        masked = PHONE.matcher(masked).replaceAll("$1****$2");
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
        return PHONE.matcher(ID_NUMBER.matcher(text).replaceAll("$1*************$2")).replaceAll("$1****$2");
    }

    /** An ID number for a log line: region prefix and check character only. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 6) {
            return "****";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 5) + idNumber.charAt(idNumber.length() - 1);
    }
}
