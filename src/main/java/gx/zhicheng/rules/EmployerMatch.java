package gx.zhicheng.rules;

/**
 * "Matches an employer" of rules.md: the credit codes decide when both sides have one, because names
 * are typed by hand; otherwise the names, ignoring white space and full-width/half-width brackets.
 */
final class EmployerMatch {

    private EmployerMatch() {
    }

    static boolean matches(String creditCodeA, String nameA, String creditCodeB, String nameB) {
        if (!isBlank(creditCodeA) && !isBlank(creditCodeB)) {
            return creditCodeA.trim().equalsIgnoreCase(creditCodeB.trim());
        }
        String a = normalizedName(nameA);
        return !a.isEmpty() && a.equals(normalizedName(nameB));
    }

    static boolean matches(Declaration.Employer employer, SiRecord.SiMonth row) {
        return matches(employer.creditCode(), employer.name(), row.employerCreditCode(), row.employerName());
    }

    static boolean matches(Declaration.WorkEntry entry, SiRecord.SiMonth row) {
        return !entry.isFreelance()
                && matches(entry.creditCode(), entry.employerName(), row.employerCreditCode(), row.employerName());
    }

    static boolean matches(Declaration.Employer employer, Declaration.WorkEntry entry) {
        return !entry.isFreelance()
                && matches(employer.creditCode(), employer.name(), entry.creditCode(), entry.employerName());
    }

    static String normalizedName(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c == '（' ? '(' : c == '）' ? ')' : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
