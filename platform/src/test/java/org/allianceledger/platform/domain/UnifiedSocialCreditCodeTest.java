package org.allianceledger.platform.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91370812G890PMMGXK", "91370812QEP32RR48W", "9137081237GMLL666A"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43",
            "91350100m000100Y43", "", "9135010OM000100Y43"})
    void rejectsWrongCheckCharacterLengthOrAlphabet(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void appendsTheCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }
}
