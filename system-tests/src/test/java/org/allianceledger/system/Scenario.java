package org.allianceledger.system;

import org.allianceledger.launcher.DemoCase;
import org.allianceledger.platform.testing.Api;
import tools.jackson.databind.JsonNode;

import java.util.Set;

/** A demo case (Yanzhou, Jibei) as the demo loads it, applied through the API as a test user. */
final class Scenario {

    private final DemoCase demo;

    private Scenario(DemoCase demo) {
        this.demo = demo;
    }

    static Scenario yanzhou() {
        return new Scenario(DemoCase.yanzhou());
    }

    static Scenario jibei() {
        return new Scenario(DemoCase.jibei());
    }

    String departmentId(String key) {
        return demo.departmentId(key);
    }

    JsonNode expectedOfService() {
        return demo.expectedOfService();
    }

    JsonNode root() {
        return demo.root();
    }

    String id(String key) {
        return demo.id(key);
    }

    JsonNode expected() {
        return demo.expected();
    }

    /** Applies the steps of the given kinds in order; every one must succeed. Returns the last version. */
    long apply(Api operator, Set<String> kinds) {
        return demo.apply(operator.baseUrl(), operator.user(), Api.password(operator.user()), kinds);
    }
}
