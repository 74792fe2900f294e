package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Map;

/**
 * A query parameter given without a value ({@code ?asOf=}) is a mistake, not "absent": Spring would bind it as
 * null and answer as if it were not there. Refused for every representation alike, before the handler runs.
 */
class QueryParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.isBlank()) {
                    throw new InvalidParameter(parameter.getKey(), "must not be empty");
                }
            }
        }
        return true;
    }
}
