package org.allianceledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.platform.pages.Browsers;
import org.allianceledger.platform.pages.ErrorPages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The servlet error page, in place of Spring Boot's: where the container sends an error raised outside the
 * controllers (Tomcat's refusal of TRACE, a failure in a filter), the answer is a problem; to a person's browser, the
 * product's error page. Never Spring Boot's Whitelabel page.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;
    private final ErrorPages pages;

    ProblemErrorController(ProblemWriter problems, ErrorPages pages) {
        this.problems = problems;
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean sentHere = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer;
        // asked for directly, not sent here by the container: there is nothing at /error
        int status = sentHere ? (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) : 404;
        if (Browsers.wantPage(request)) {
            pages.write(request, response, status);
        } else if (!sentHere) {
            problems.write(request, response, Problem.NOT_FOUND, "No resource at " + request.getRequestURI());
        } else {
            problems.write(request, response, status, (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
        }
    }
}
