package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, each tried on the request's path before its other conditions. A path with a
 * variable (every command's: {@code /api/alliances/{allianceId}/...}) is matched against every mapping in turn, and
 * Spring checks a mapping's method, consumed and produced media types before its path, so each request parsed and
 * compared its headers for every POST mapping of the service (a tenth of a command's CPU, docs/benchmarks.md).
 * Which mapping answers, and every 404, 405, 406 and 415, stay Spring's: this only turns a mapping down sooner.
 */
class PathFirstMappings extends RequestMappingHandlerMapping {

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }
}
