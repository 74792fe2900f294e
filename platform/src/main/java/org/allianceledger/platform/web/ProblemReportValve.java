package org.allianceledger.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report as a problem: Tomcat answers some requests itself, before they reach the application (a
 * malformed or encoded-slash path, a request line or header too large, a bad Host), and would answer them in HTML.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int told = response.getStatus();
        // as Tomcat's own report: only an error nobody has answered yet, while the client can still be told
        if (told < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        int status = clientsMistake(request, told);
        try {
            response.setStatus(status);
            if (status == 405 && response.getHeader("Allow") == null) {
                response.setHeader("Allow", String.join(", ", WebConfiguration.METHODS));
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.text(request, status, said(response, told)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was committed after all: nothing more can be told
        }
    }

    /** What Tomcat said, else the name of the status it chose. */
    private static String said(Response response, int told) {
        HttpStatus status = HttpStatus.resolve(told);
        return response.getMessage() != null || status == null ? response.getMessage() : status.getReasonPhrase();
    }

    /**
     * Tomcat refuses CONNECT, an unknown transfer coding and other HTTP versions with 501 or 505; here a client's
     * mistake is never a 5xx: CONNECT is a method no endpoint takes (405, as TRACE), the others a malformed request.
     */
    private static int clientsMistake(Request request, int status) {
        if (status != 501 && status != 505) {
            return status;
        }
        return "CONNECT".equals(request.getMethod()) ? 405 : 400;
    }
}
