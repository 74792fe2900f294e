package org.allianceledger.launcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Yanzhou food and drug alliance (resources/scenarios/yanzhou-2023.json), applied step by step through
 * command-service's public API, as an operator would.
 */
public final class YanzhouCase {

    public static final Set<String> ALL_STEPS = Set.of("found", "handover", "apply", "vote", "deal");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JsonNode root;

    private YanzhouCase(JsonNode root) {
        this.root = root;
    }

    public static YanzhouCase load() {
        try (InputStream in = YanzhouCase.class.getResourceAsStream("/scenarios/yanzhou-2023.json")) {
            return new YanzhouCase(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String id(String key) {
        return root.get("enterprises").get(key).get("id").asString();
    }

    public JsonNode expected() {
        return root.get("expectedAfterAllSteps");
    }

    /** A step the API refused; the case is then not (wholly) loaded. */
    public static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    /**
     * Applies the steps of the given kinds in order through command-service at {@code baseUrl}; every one must
     * succeed. Returns the alliance's version after the last one.
     */
    public long apply(String baseUrl, String user, String password, Set<String> kinds) {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        long version = 0;
        for (JsonNode step : root.get("steps")) {
            String kind = step.get("step").asString();
            if (!kinds.contains(kind)) {
                continue;
            }
            String alliance = "/api/alliances/" + step.get("allianceId").asString();
            JsonNode answer = switch (kind) {
                case "found" -> post(baseUrl, authorization, "/api/alliances", founding(step));
                case "handover" -> post(baseUrl, authorization, alliance + "/rotation/handovers", Map.of(
                        "from", id(step.get("from").asString()), "to", id(step.get("to").asString()),
                        "effectiveOn", step.get("effectiveOn").asString()));
                case "apply" -> post(baseUrl, authorization, alliance + "/applications", Map.of(
                        "applicationId", step.get("applicationId").asString(),
                        "enterprise", enterprise(step.get("enterprise").asString()),
                        "filedOn", step.get("filedOn").asString()));
                case "vote" -> post(baseUrl, authorization,
                        alliance + "/applications/" + step.get("applicationId").asString() + "/votes", Map.of(
                        "voter", id(step.get("voter").asString()), "decision", step.get("decision").asString(),
                        "castOn", step.get("castOn").asString()));
                case "deal" -> post(baseUrl, authorization, alliance + "/deals", deal(step));
                default -> throw new IllegalArgumentException("No such step: " + kind);
            };
            version = answer.get("version").asLong();
        }
        return version;
    }

    private JsonNode post(String baseUrl, String authorization, String path, Object body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new StepFailed(path + " -> " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> founding(JsonNode step) {
        List<Object> founders = new ArrayList<>();
        step.get("foundingMembers").forEach(key -> founders.add(enterprise(key.asString())));
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("allianceId", "name", "industryChain", "region", "foundedOn")) {
            body.put(field, step.get(field).asString());
        }
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
