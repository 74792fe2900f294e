package org.allianceledger.platform.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: the {@code lang} cookie the dashboard's switch sets ({@code zh-CN} or {@code en}), else
 * the first of Accept-Language's languages that is one of ours, else Simplified Chinese: the users are district and
 * zone staff.
 */
public class Languages implements LocaleResolver {

    public static final String COOKIE = "lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final Duration KEPT = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = ours(cookie.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        // without an Accept-Language header the container offers its default locale: that is not the client's choice
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return CHINESE;
        }
        List<Locale> asked = Collections.list(request.getLocales());
        for (Locale locale : asked) {
            if (locale.getLanguage().equals("zh")) {
                return CHINESE;
            }
            if (locale.getLanguage().equals("en")) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    /** Keeps the choice in the cookie, as the dashboard's switch does: for a year, on every path, never cross-site. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? CHINESE : ours(locale.toLanguageTag());
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, tag(chosen == null ? CHINESE : chosen))
                .path("/").maxAge(KEPT).sameSite("Strict").build().toString());
    }

    /** One of the two languages, by a tag such as {@code zh-CN}, {@code zh}, {@code en-GB}; null for any other. */
    public static Locale ours(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return language.equals("zh") ? CHINESE : language.equals("en") ? ENGLISH : null;
    }

    /** The cookie's value for a language: {@code zh-CN} or {@code en}. */
    public static String tag(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "zh-CN";
    }
}
