package gx.zhicheng.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Birth date and sex read from an 18-character resident ID number (GB 11643-1999). */
record ResidentId(LocalDate birthDate, boolean male) {

    enum Problem { FORMAT, BIRTH_DATE, CHECK_CHARACTER }

    /** ISO 7064 MOD 11-2 weights, 2^(17-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character by (Σ digit × weight) mod 11. */
    private static final String CHECK = "10X98765432";

    static Optional<ResidentId> parse(String idNumber, LocalDate evaluationDate) {
        if (problem(idNumber, evaluationDate).isPresent()) {
            return Optional.empty();
        }
        int sexDigit = idNumber.charAt(16) - '0';
        return Optional.of(new ResidentId(birthDate(idNumber), sexDigit % 2 == 1));
    }

    /** The first thing wrong with the ID number on that date, if anything. */
    static Optional<Problem> problem(String idNumber, LocalDate evaluationDate) {
        // Only an upper-case X: GB 11643 writes the check value 10 as X, and the SI feed keys on that form.
        if (idNumber == null || !idNumber.matches("[0-9]{17}[0-9X]")) {
            return Optional.of(Problem.FORMAT);
        }
        LocalDate birth = birthDate(idNumber);
        if (birth == null || birth.isAfter(evaluationDate)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (idNumber.charAt(17) != checkCharacter(idNumber)) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDate(String idNumber) {
        try {
            return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
