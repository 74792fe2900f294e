package org.allianceledger.command;

import org.allianceledger.platform.domain.UnifiedSocialCreditCode;

import java.util.ArrayList;
import java.util.List;

/** Checksum-valid Unified Social Credit Codes in Yanzhou District, made up for tests. */
public final class Codes {

    private Codes() {
    }

    public static List<String> generate(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 100_000 + i)));
        }
        return codes;
    }
}
