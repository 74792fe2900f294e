package org.allianceledger.system;

import org.allianceledger.launcher.DemoCase;
import org.allianceledger.platform.testing.Api;
import tools.jackson.databind.JsonNode;

import java.util.Set;

/** The Yanzhou case as the demo loads it, applied through the API as a test user. */
final class Scenario {

    private final DemoCase yanzhou;

    private Scenario(DemoCase yanzhou) {
        this.yanzhou = yanzhou;
    }

    static Scenario yanzhou() {
        return new Scenario(DemoCase.yanzhou());
    }

    String id(String key) {
        return yanzhou.id(key);
    }

    JsonNode expected() {
        return yanzhou.expected();
    }

    /** Applies the steps of the given kinds in order; every one must succeed. Returns the last version. */
    long apply(Api operator, Set<String> kinds) {
        return yanzhou.apply(operator.baseUrl(), operator.user(), Api.password(operator.user()), kinds);
    }
}
