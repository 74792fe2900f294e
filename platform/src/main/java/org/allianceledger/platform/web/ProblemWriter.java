package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes a problem where Spring MVC does not answer: in servlet filters (security, body size), on the servlet
 * error page and in Tomcat's own error report. Uses the application's mapper, which knows how Spring lays out a
 * ProblemDetail.
 */
public class ProblemWriter {

    private final JsonMapper json;
    private final ProblemTitles titles;

    public ProblemWriter(JsonMapper json, ProblemTitles titles) {
        this.json = json;
        this.titles = titles;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem, String detail)
            throws IOException {
        write(request, response, problem.status().value(), ProblemHandler.problem(problem, detail, null));
    }

    /**
     * The problem of an error that only has a status (see {@link Problem#of}), answered with that status. The
     * message the container or framework gave is the detail of a refusal; a server failure's could tell internals.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        write(request, response, status, problem(status, message));
    }

    /** The same problem as text, for Tomcat's error report, which writes through a writer of its own. */
    public String text(HttpServletRequest request, int status, String message) {
        ProblemDetail problem = problem(status, message);
        titles.title(problem, request);
        return json.writeValueAsString(problem);
    }

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException failure) throws IOException {
        // a page's own scripts handle a lapsed session themselves: a challenge would open the browser's password box
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"alliance-ledger\"");
        }
        write(request, response, Problem.UNAUTHENTICATED, "Authentication is required");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, ProblemDetail problem)
            throws IOException {
        titles.title(problem, request);
        response.setStatus(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problem.RETRY_AFTER_SECONDS));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static ProblemDetail problem(int status, String message) {
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status < 500 && message != null && !message.isBlank() ? message
                : known == null ? "Status " + status : known.getReasonPhrase();
        ProblemDetail problem = ProblemHandler.problem(Problem.of(status), detail, null);
        problem.setStatus(status);
        return problem;
    }
}
