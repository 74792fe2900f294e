package org.allianceledger.command;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.HttpEdgeContract;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** command-service at its HTTP edge: every error a problem, every endpoint the contract's roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class CommandHttpEdgeTest extends HttpEdgeContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_edge");
    }

    Api operator() {
        return Api.at(port).as("operator");
    }

    @Test
    void aCommandInAnotherMediaTypeIsUnsupported() throws IOException {
        assertProblem(send(operator().request("/api/alliances").header("Content-Type", "text/plain")
                                   .POST(HttpRequest.BodyPublishers.ofString("an alliance", StandardCharsets.UTF_8))),
                      415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aCommandWhoseAnswerTheClientCannotReadIsNotAcceptable() throws IOException {
        String founding = Api.JSON.writeValueAsString(Yanzhou.foundingBody(
                "edge-" + UUID.randomUUID(), "0.5", Yanzhou.YIHAI.id(), Yanzhou.BAIXIANG.id()));
        assertProblem(send(operator().request("/api/alliances").header("Content-Type", "application/json")
                                   .header("Accept", "image/png")
                                   .POST(HttpRequest.BodyPublishers.ofString(founding, StandardCharsets.UTF_8))),
                      406, "NOT_ACCEPTABLE");
    }

    /** Without a declared length the body is counted as it is read. */
    @Test
    void aChunkedBodyOverTheLimitIsAProblem() throws IOException {
        byte[] body = ("{\"name\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(send(operator().request("/api/alliances").header("Content-Type", "application/json")
                                   .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))),
                      413, "PAYLOAD_TOO_LARGE");
    }

    /** A viewer may read, but command-service has nothing to read: the method, not the role, is refused. */
    @Test
    void aReadOfACommandEndpointIsNotAllowed() throws IOException {
        assertProblem(send("GET", "/api/alliances", "viewer"), 405, "METHOD_NOT_ALLOWED");
    }
}
