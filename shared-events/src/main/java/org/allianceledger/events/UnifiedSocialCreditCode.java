package org.allianceledger.events;

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
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = ALPHABET.indexOf(code.charAt(17));
        return check >= 0 && check == (31 - sum % 31) % 31;
    }
}
