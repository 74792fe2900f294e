package org.allianceledger.command;

import org.allianceledger.platform.testing.Api;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alliance founded over HTTP for one test, under a fresh id so that the tests of a class share their database:
 * Yanzhou's founding body ({@link Yanzhou#foundingBody(String)}), sent by the operator who then sends the test's commands.
 */
public record TestAlliance(Api operator, String id) {

    /** Founds it on the service at that port, checking the answer: 201, version 1, its Location. */
    public static TestAlliance found(int port) {
        Api operator = Api.at(port).as("operator");
        String id = "a-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/alliances", Yanzhou.foundingBody(id));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(founded.json().get("version").asLong()).isEqualTo(1);
        assertThat(founded.header("Location")).isEqualTo("/api/alliances/" + id);
        return new TestAlliance(operator, id);
    }
}
