package org.allianceledger.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.platform.pages.Browsers;
import org.allianceledger.platform.pages.Pages;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A signed-in user whose role may not see the dashboard (an OPERATOR) reads which roles may, with a way to sign out
 * and in as someone else; a script or an API client is told by a problem, as everywhere.
 */
class ForbiddenPage implements AccessDeniedHandler {

    private final Pages pages;
    private final ProblemWriter problems;

    ForbiddenPage(Pages pages, ProblemWriter problems) {
        this.pages = pages;
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (!Browsers.wantPage(request)) {
            problems.write(request, response, Problem.FORBIDDEN, "Your role does not allow this");
            return;
        }
        Locale locale = pages.locale(request);
        String user = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        pages.write(response, 403, "forbidden", locale, Map.of(
                "title", pages.text("page.forbidden.title", locale),
                "text", pages.text("page.forbidden.text", locale, user),
                "needed", pages.text("page.forbidden.needed", locale),
                "signOut", pages.text("page.signout", locale)));
    }
}
