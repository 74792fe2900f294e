package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes a problem where Spring MVC does not answer: in servlet filters (security, body size). Uses the
 * application's mapper, which knows how Spring lays out a ProblemDetail.
 */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, Problem problem, String detail) throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemHandler.problem(problem, detail, null));
    }

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException failure) throws IOException {
        // a page's own scripts handle a lapsed session themselves: a challenge would open the browser's password box
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"alliance-ledger\"");
        }
        write(response, Problem.UNAUTHENTICATED, "Authentication is required");
    }
}
