package org.skillpass.shared.domain;

import java.util.Locale;

/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet, the last a MOD 31 check. */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.indexOf(s.charAt(17)) == checkValue(sum);
    }

    /** The check character for the first 17 characters (used by test data builders). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt(checkValue(sum));
    }

    private static int checkValue(int sum) {
        int c = 31 - sum % 31;
        return c == 31 ? 0 : c;
    }
}
