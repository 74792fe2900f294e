package org.allianceledger.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.pages.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's sign-in page, in the language of the {@code lang} cookie (Chinese unless chosen otherwise). Its
 * switch is a link to {@code /login?lang=...}, which keeps the choice in that cookie, as the dashboard's own switch
 * does. Spring Security takes the form's POST; a failure comes back as {@code ?error}, a sign-out as {@code ?logout}.
 */
@Controller
class SignInPage {

    private final Pages pages;
    private final Languages languages;

    SignInPage(Pages pages, Languages languages) {
        this.pages = pages;
        this.languages = languages;
    }

    @GetMapping("/login")
    void signIn(HttpServletRequest request, HttpServletResponse response,
                @RequestParam(name = "lang", required = false) String lang) throws IOException {
        Locale locale = Languages.ours(lang);
        if (locale != null) {
            languages.setLocale(request, response, locale);
        } else {
            locale = languages.resolveLocale(request);
        }
        Locale other = locale.equals(Languages.ENGLISH) ? Languages.CHINESE : Languages.ENGLISH;
        boolean failed = request.getParameter("error") != null;
        boolean signedOut = request.getParameter("logout") != null;
        pages.write(response, 200, "sign-in", locale, Map.of(
                "title", pages.text("page.signin.title", locale),
                "otherLang", Languages.tag(other),
                "switch", pages.text("page.switch", locale),
                "failed", pages.text("page.signin.failed", locale),
                "failedHidden", failed ? "" : "hidden",
                "signedOut", pages.text("page.signin.signedOut", locale),
                "signedOutHidden", signedOut && !failed ? "" : "hidden",
                "username", pages.text("page.signin.username", locale),
                "password", pages.text("page.signin.password", locale),
                "submit", pages.text("page.signin.submit", locale)));
    }
}
