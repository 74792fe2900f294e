package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

class PathFirstMappingsTest {

    final PathFirstMappings mappings = new PathFirstMappings();
    final RequestMappingInfo deals = RequestMappingInfo.paths("/api/alliances/{allianceId}/deals")
            .methods(RequestMethod.POST).consumes("application/json").produces("application/json")
            .options(options()).build();

    @Test
    void aMappingOfAnotherPathIsTurnedDownBeforeItsMediaTypesAreRead() {
        CountingRequest request = post("/api/alliances/yanzhou/meetings");

        assertThat(mappings.getMatchingMapping(deals, request)).isNull();
        assertThat(request.contentTypeReads).isZero();
    }

    @Test
    void aMappingOfThePathIsStillMatchedOnEveryCondition() {
        assertThat(mappings.getMatchingMapping(deals, post("/api/alliances/yanzhou/deals"))).isNotNull();

        CountingRequest text = post("/api/alliances/yanzhou/deals");
        ((MockHttpServletRequest) text.getRequest()).setContentType("text/plain");
        assertThat(mappings.getMatchingMapping(deals, text)).isNull();
        assertThat(text.contentTypeReads).isPositive();
    }

    private static CountingRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent("{}".getBytes());
        request.addHeader("Accept", "application/json");
        CountingRequest counting = new CountingRequest(request);
        ServletRequestPathUtils.parseAndCache(counting);
        return counting;
    }

    private static RequestMappingInfo.BuilderConfiguration options() {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        return options;
    }

    /** Counts how often the consumes condition reads the request's media type. */
    static final class CountingRequest extends HttpServletRequestWrapper {
        int contentTypeReads;

        CountingRequest(MockHttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            contentTypeReads++;
            return super.getContentType();
        }
    }
}
