package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * command-service and query-service started on one fresh test database, for the properties that send commands to the
 * one and read back from the other; and the checks such properties share.
 */
final class BothServices {

    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;

    private BothServices(ConfigurableApplicationContext commandService, ConfigurableApplicationContext queryService) {
        this.commandService = commandService;
        this.queryService = queryService;
    }

    /** Both services on database {@code <prefix><name>}, created anew. */
    static BothServices start(String database) {
        String url = TestDatabase.url(database);
        ConfigurableApplicationContext commandService = Services.command(url);
        return new BothServices(commandService, Services.query(url));
    }

    void stop() {
        queryService.close();
        commandService.close();
    }

    Api command(String user) {
        return Services.api(commandService, user);
    }

    Api query(String user) {
        return Services.api(queryService, user);
    }

    /** Checks that query-service parked no event: every projection took all that command-service recorded. */
    void assertNothingParked() {
        JsonNode parked = query("admin").get("/api/admin/dead-letters").json();
        assertThat(parked.get("count").asInt()).as(parked.toString()).isZero();
    }

    /** Checks that command-service accepted the command; returns the version of the alliance it answered with. */
    static long accepted(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json().get("version").asLong();
    }
}
