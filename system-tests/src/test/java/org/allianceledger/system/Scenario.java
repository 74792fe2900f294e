package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Yanzhou demo scenario (a copy of shared/data/yanzhou-2023.json), applied step by step over the API. */
final class Scenario {

    final JsonNode root;

    private Scenario(JsonNode root) {
        this.root = root;
    }

    static Scenario yanzhou() {
        try (InputStream in = Scenario.class.getResourceAsStream("/yanzhou-2023.json")) {
            return new Scenario(Api.JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String id(String key) {
        return root.get("enterprises").get(key).get("id").asString();
    }

    JsonNode expected() {
        return root.get("expectedAfterAllSteps");
    }

    /** Applies the steps of the given kinds in order; every one must succeed. Returns the last version. */
    long apply(Api operator, Set<String> kinds) {
        long version = 0;
        for (JsonNode step : root.get("steps")) {
            String kind = step.get("step").asString();
            if (!kinds.contains(kind)) {
                continue;
            }
            String alliance = step.get("allianceId").asString();
            Api.Response response = switch (kind) {
                case "found" -> operator.post("/api/alliances", founding(step));
                case "apply" -> operator.post("/api/alliances/" + alliance + "/applications", Map.of(
                        "applicationId", step.get("applicationId").asString(),
                        "enterprise", enterprise(step.get("enterprise").asString()),
                        "filedOn", step.get("filedOn").asString()));
                case "vote" -> operator.post("/api/alliances/" + alliance + "/applications/"
                                             + step.get("applicationId").asString() + "/votes", Map.of(
                        "voter", id(step.get("voter").asString()),
                        "decision", step.get("decision").asString(),
                        "castOn", step.get("castOn").asString()));
                case "handover" -> operator.post("/api/alliances/" + alliance + "/rotation/handovers", Map.of(
                        "from", id(step.get("from").asString()),
                        "to", id(step.get("to").asString()),
                        "effectiveOn", step.get("effectiveOn").asString()));
                case "deal" -> operator.post("/api/alliances/" + alliance + "/deals", deal(step));
                default -> throw new IllegalArgumentException("No such step in this scenario runner: " + kind);
            };
            assertThat(response.status()).as(kind + " " + step + " -> " + response).isBetween(200, 201);
            version = response.json().get("version").asLong();
        }
        return version;
    }

    private Map<String, Object> founding(JsonNode step) {
        List<Object> founders = new ArrayList<>();
        step.get("foundingMembers").forEach(key -> founders.add(enterprise(key.asString())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", step.get("allianceId").asString());
        body.put("name", step.get("name").asString());
        body.put("industryChain", step.get("industryChain").asString());
        body.put("region", step.get("region").asString());
        body.put("foundedOn", step.get("foundedOn").asString());
        body.put("leadingBodies", step.get("leadingBodies"));
        body.put("charter", step.get("charter"));
        body.put("foundingMembers", founders);
        body.put("initialChair", id(step.get("initialChair").asString()));
        return body;
    }

    private Map<String, Object> deal(JsonNode step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dealId", step.get("dealId").asString());
        body.put("from", id(step.get("from").asString()));
        body.put("to", id(step.get("to").asString()));
        body.put("kind", step.get("kind").asString());
        body.put("subject", step.get("subject").asString());
        for (String optional : List.of("quantity", "recurrence", "signedOn", "brokeredBy")) {
            if (step.has(optional) && !step.get(optional).isNull()) {
                body.put(optional, step.get(optional));
            }
        }
        return body;
    }

    private Map<String, Object> enterprise(String key) {
        JsonNode enterprise = root.get("enterprises").get(key);
        return Map.of("id", enterprise.get("id").asString(), "name", enterprise.get("name").asString(),
                      "industry", enterprise.get("industry").asString());
    }
}
