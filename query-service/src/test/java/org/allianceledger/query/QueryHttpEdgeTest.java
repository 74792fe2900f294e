package org.allianceledger.query;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.HttpEdgeContract;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

/** query-service at its HTTP edge: every error a problem, every endpoint the contract's roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = QueryServiceApplication.CONFIG_NAMES)
class QueryHttpEdgeTest extends HttpEdgeContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_edge");
    }

    @Test
    void aReadInAFormatNoEndpointServesIsNotAcceptable() throws IOException {
        assertProblem(send(Api.at(port).as("viewer").request("/api/alliances").header("Accept", "image/png").GET()),
                      406, "NOT_ACCEPTABLE");
    }

    /** An operator may send commands, but query-service takes none: the method, not the role, is refused. */
    @Test
    void aCommandToTheReadSideIsNotAllowed() throws IOException {
        assertProblem(send("POST", "/api/alliances", "operator"), 405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void anUnknownAllianceIsAProblem(String method) throws IOException {
        assertProblem(send(method, "/api/alliances/no-such-alliance", "viewer"), 404, "ALLIANCE_NOT_FOUND");
    }
}
