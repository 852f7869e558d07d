package org.skillpass.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mainland resident identity number (居民身份证号码) as defined by GB 11643-1999: 17 digits
 * (6-digit address code, 8-digit birth date, 3-digit sequence whose parity gives the sex) and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Why a text is not a valid number; each has a message key {@code idnumber.<name>}. */
    public enum Problem { EMPTY, LENGTH, FORMAT, BIRTH_DATE, CHECK_DIGIT }

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses a number; lower-case x is accepted and normalised. */
    public static IdNumber parse(String text) {
        Problem problem = check(text);
        if (problem != null) {
            throw new InvalidIdNumberException(problem);
        }
        return new IdNumber(normalise(text));
    }

    /** The problem with a text, or null when it is a valid number. Uses today's date as the upper bound. */
    public static Problem check(String text) {
        return check(text, LocalDate.now());
    }

    static Problem check(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Problem.EMPTY;
        }
        String s = normalise(text);
        if (s.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return Problem.FORMAT;
            }
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Problem.FORMAT;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            return Problem.BIRTH_DATE;
        }
        if (checkCharacter(s) != last) {
            return Problem.CHECK_DIGIT;
        }
        return null;
    }

    /** The check character for the first 17 digits of a number. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The region code of household registration at issue (first six digits). */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** First 3 and last 4 characters visible, as DOMAIN.md requires for display. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the full number: logs and debuggers see the mask. */
    @Override
    public String toString() {
        return masked();
    }
}
