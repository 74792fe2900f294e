package org.allianceledger.platform.web;

import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem code has a title in English and in Chinese, and a problem takes the one of the caller's language. */
class ProblemTitlesTest {

    private final Texts texts = new Texts();

    /** The codes a problem can carry: every Problem, and BAD_REQUEST for a framework's own 4xx. */
    static Stream<String> codes() {
        return Stream.concat(Arrays.stream(Problem.values()).map(Problem::name), Stream.of("BAD_REQUEST"));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyCodeHasAnEnglishAndAChineseTitle(String code) {
        String english = texts.title(code, Languages.ENGLISH);
        String chinese = texts.title(code, Languages.CHINESE);

        assertThat(english).as("English title of " + code).isNotBlank().matches("[A-Z][a-z ]+");
        assertThat(chinese).as("Chinese title of " + code).isNotBlank().containsPattern("\\p{IsHan}");
        assertThat(own("problems_zh_CN.properties").getProperty(code))
                .as(code + " in the Chinese file itself, not taken from the English one").isEqualTo(chinese);
    }

    @Test
    void theBundlesNameNoCodeThatDoesNotExist() throws IOException {
        assertThat(own("problems.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes().toList());
        assertThat(own("problems_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(codes().toList());
    }

    @Test
    void aProblemIsTitledInTheLanguageOfItsRequest() {
        ProblemTitles titles = new ProblemTitles(new Languages(), texts);
        ProblemDetail byDefault = ProblemHandler.problem(Problem.ALLIANCE_NOT_FOUND, "No alliance", null);
        titles.title(byDefault, new MockHttpServletRequest());
        ProblemDetail inEnglish = ProblemHandler.problem(Problem.ALLIANCE_NOT_FOUND, "No alliance", null);
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "en-US,en;q=0.9");
        titles.title(inEnglish, english);

        assertThat(byDefault.getTitle()).isEqualTo("未找到该联盟");
        assertThat(inEnglish.getTitle()).isEqualTo("Alliance not found");
        assertThat(inEnglish.getProperties()).containsEntry("code", "ALLIANCE_NOT_FOUND");
        assertThat(inEnglish.getType()).isEqualTo(byDefault.getType());
    }

    private static Properties own(String file) {
        Properties properties = new Properties();
        try (InputStream in = ProblemTitlesTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
