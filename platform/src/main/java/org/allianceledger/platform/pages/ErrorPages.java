package org.allianceledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The product's error page for a browser (404, 403, any other status) in the request's language, with a link back
 * to the dashboard where the service has one ({@code alliance.pages.home}).
 */
public class ErrorPages {

    private final Pages pages;
    private final String home;

    public ErrorPages(Pages pages, String home) {
        this.pages = pages;
        this.home = home == null ? "" : home;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = pages.locale(request);
        String kind = status == 404 || status == 403 ? String.valueOf(status) : "other";
        String path = readable(Browsers.path(request));
        pages.write(response, status, "error", locale, Map.of(
                "status", String.valueOf(status),
                "title", pages.text("page.error." + kind + ".title", locale, status),
                "text", pages.text("page.error." + kind + ".text", locale, path),
                "home", home.isEmpty() ? "/" : home,
                "homeHidden", home.isEmpty() ? "hidden" : "",
                "homeText", pages.text("page.home", locale)));
    }

    /** The path as the address bar shows it, Chinese and all; still only text, the page escapes it. */
    private static String readable(String path) {
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }
}
