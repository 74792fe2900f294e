package org.allianceledger.platform.domain;

/**
 * The check of an enterprise id, a Unified Social Credit Code (GB 32100-2015): 18 characters of
 * {@value #ALPHABET}, the last one a check character over the first 17.
 */
public final class UnifiedSocialCreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int check = checkValue(code.substring(0, 17));
        return check >= 0 && ALPHABET.indexOf(code.charAt(17)) == check;
    }

    /** The whole code for its first 17 characters, with the check character appended. */
    public static String withCheckCharacter(String first17) {
        int check = checkValue(first17);
        if (first17.length() != 17 || check < 0) {
            throw new IllegalArgumentException("Not 17 characters of " + ALPHABET + ": " + first17);
        }
        return first17 + ALPHABET.charAt(check);
    }

    /** The check character's value for 17 characters, or -1 when one is outside the alphabet. */
    private static int checkValue(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * WEIGHTS[i % WEIGHTS.length];
        }
        return (31 - sum % 31) % 31;
    }
}
