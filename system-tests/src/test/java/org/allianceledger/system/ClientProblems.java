package org.allianceledger.system;

import org.allianceledger.client.command.model.Problem;

import java.io.UncheckedIOException;

/**
 * A refusal seen through a generated client, read as what the document says every error is: a Problem, with its
 * enumerated code. The generated ApiException keeps the answer's body; its client's own mapper reads it.
 */
final class ClientProblems {

    private ClientProblems() {
    }

    static Problem of(org.allianceledger.client.command.ApiException refused) {
        return read(refused.getResponseHeaders().firstValue("Content-Type").orElse(""), refused.getResponseBody(),
                    org.allianceledger.client.command.ApiClient.createDefaultObjectMapper(), Problem.class);
    }

    static org.allianceledger.client.query.model.Problem of(org.allianceledger.client.query.ApiException refused) {
        return read(refused.getResponseHeaders().firstValue("Content-Type").orElse(""), refused.getResponseBody(),
                    org.allianceledger.client.query.ApiClient.createDefaultObjectMapper(),
                    org.allianceledger.client.query.model.Problem.class);
    }

    private static <P> P read(String contentType, String body, com.fasterxml.jackson.databind.ObjectMapper mapper,
                              Class<P> type) {
        if (!contentType.startsWith("application/problem+json")) {
            throw new IllegalStateException("Not a problem but " + contentType + ": " + body);
        }
        try {
            return mapper.readValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("Not a problem of the documented shape: " + body, e);
        }
    }
}
