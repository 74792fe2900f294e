package org.allianceledger.platform.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.util.List;

/** Tells a person's browser asking for a page from a client of the API, which is always answered with problems. */
public final class Browsers {

    private static final List<String> API = List.of("/api/", "/actuator", "/v3/api-docs", "/swagger-ui");

    private Browsers() {
    }

    /**
     * A GET or HEAD that accepts HTML by name, outside the API's paths, and not sent by a page's own scripts: what a
     * browser sends when one follows a link or types an address.
     */
    public static boolean wantPage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("text/html") || request.getHeader("X-Requested-With") != null) {
            return false;
        }
        String path = path(request);
        return API.stream().noneMatch(path::startsWith);
    }

    /** The path asked for; on the error page, the one the error was raised for. */
    public static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String raised ? raised : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
