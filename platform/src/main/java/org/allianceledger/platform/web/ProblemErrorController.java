package org.allianceledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The servlet error page, in place of Spring Boot's: where the container sends an error raised outside the
 * controllers (Tomcat's refusal of TRACE, a failure in a filter), the answer is a problem.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            // asked for directly, not sent here by the container
            problems.write(response, Problem.NOT_FOUND, "No resource at " + request.getRequestURI());
            return;
        }
        problems.write(response, status, (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
    }
}
