package org.allianceledger.platform.language;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The lang cookie first, then Accept-Language, else Simplified Chinese. */
class LanguagesTest {

    private final Languages languages = new Languages();

    @Test
    void withoutCookieOrAcceptLanguageTheAnswerIsChinese() {
        assertThat(languages.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US,en;q=0.9 | en", "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN", "zh-TW | zh-CN", "fr-FR,en;q=0.5 | en",
            "fr-FR,de;q=0.5 | zh-CN", "en-GB | en"})
    void acceptLanguageChoosesTheFirstOfOurs(String accepted, String chosen) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", accepted);
        assertThat(Languages.tag(languages.resolveLocale(request))).isEqualTo(chosen);
    }

    @ParameterizedTest
    @CsvSource({"en, zh-CN, en", "zh-CN, en, zh-CN", "klingon, en, en", "'', en, en"})
    void theCookieComesBeforeAcceptLanguage(String cookie, String accepted, String chosen) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("lang", cookie));
        request.addHeader("Accept-Language", accepted);
        assertThat(Languages.tag(languages.resolveLocale(request))).isEqualTo(chosen);
    }

    @Test
    void aChoiceIsKeptInTheCookieForAYearOnEveryPathAndNeverCrossSite() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        languages.setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);

        assertThat(response.getHeader("Set-Cookie"))
                .contains("lang=en", "Path=/", "Max-Age=31536000", "SameSite=Strict");
    }
}
