package org.allianceledger.command;

import org.allianceledger.events.UnifiedSocialCreditCode;

import java.util.ArrayList;
import java.util.List;

/** Checksum-valid Unified Social Credit Codes in Yanzhou District, made up for tests. */
public final class Codes {

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Codes() {
    }

    public static List<String> generate(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "91370812" + String.format("%09d", 100_000 + i);
            int sum = 0;
            for (int c = 0; c < 17; c++) {
                sum += UnifiedSocialCreditCode.ALPHABET.indexOf(body.charAt(c)) * WEIGHTS[c];
            }
            codes.add(body + UnifiedSocialCreditCode.ALPHABET.charAt((31 - sum % 31) % 31));
        }
        return codes;
    }
}
