package org.allianceledger.query.alliances;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Duration;
import java.util.Map;

/**
 * {@code ?minVersion=N} on any query of an alliance waits until the read models applied the alliance's N-th event,
 * so a client reads its own writes; after the configured wait (5 s) it answers with what there is, marked
 * {@code Read-Model-Stale: true}.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String STALE_HEADER = "Read-Model-Stale";

    private final AllianceQueries alliances;
    private final Duration maxWait;

    ReadYourWrites(AllianceQueries alliances, @Value("${alliance.read-your-writes.max-wait:5s}") Duration maxWait) {
        this.alliances = alliances;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String minVersion = request.getParameter("minVersion");
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (minVersion == null || !(variables instanceof Map<?, ?> path) || !(path.get("allianceId") instanceof String id)) {
            return true;
        }
        long wanted;
        try {
            wanted = Long.parseLong(minVersion);
        } catch (NumberFormatException e) {
            return true; // the controller's own binding answers 400 for it
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (alliances.version(id) < wanted) {
            if (System.nanoTime() > deadline) {
                response.setHeader(STALE_HEADER, "true");
                return true;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
