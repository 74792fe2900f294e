package org.allianceledger.platform.testing;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies of the published OpenAPI documents in docs/openapi, which the build generates its typed clients
 * from: a test fails when a service publishes anything else. {@code -Dledger.openapi.refresh=true} rewrites the
 * copy from what the service publishes instead (then review the diff and commit it).
 */
public final class PublishedDocuments {

    public static final Path DIRECTORY = Path.of(System.getProperty("ledger.openapi.documents", "../docs/openapi"));
    private static final boolean REFRESH = Boolean.getBoolean("ledger.openapi.refresh");

    private PublishedDocuments() {
    }

    /** The service's document as it publishes it, checked against the committed copy {@code <service>.json}. */
    public static JsonNode assertCommitted(Api api, String service) {
        Api.Response published = api.get(PublishedContract.DOCUMENT);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Path copy = DIRECTORY.resolve(service + ".json");
        try {
            if (REFRESH) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(copy, published.body().strip() + "\n", StandardCharsets.UTF_8);
            }
            if (!Files.exists(copy)) {
                throw new AssertionError("No committed copy " + copy.toAbsolutePath().normalize() + "; " + refresh(service));
            }
            JsonNode committed = Api.JSON.readTree(Files.readString(copy, StandardCharsets.UTF_8));
            JsonNode document = published.json();
            if (!committed.equals(document)) {
                List<String> differences = new ArrayList<>();
                differences(committed, document, "", differences);
                throw new AssertionError(service + " publishes another document than " + copy.normalize() + " holds; it "
                                         + "differs at " + differences + ".\nIf the change is meant: " + refresh(service));
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refresh(String service) {
        return "run the service's tests with -Dledger.openapi.refresh=true (./mvnw -pl " + service + " -am verify "
               + "-Dledger.openapi.refresh=true), review the diff of docs/openapi and commit it";
    }

    /** The rules of API.md, "The OpenAPI documents", that hold for every operation of either service. */
    public static void assertFollowsTheRules(JsonNode document) {
        assertThat(document.get("openapi").asString()).isEqualTo("3.0.3");
        assertThat(document.get("components").get("securitySchemes").propertyNames()).contains("basic", "bearer");
        assertThat(document.get("components").get("schemas").propertyNames())
                .contains("Problem", "FieldProblem")
                .doesNotContain("SseEmitter", "StreamingResponseBody", "ResponseEntity", "ProblemDetail");
        assertThat(document.toString()).doesNotContain("\"*/*\"");
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String id = operation.get("operationId").asString();
                assertThat(id).as(method.getKey() + " " + path.getKey()).matches("[a-z]+[A-Z][A-Za-z]*");
                assertThat(operationIds.add(id)).as("operationId " + id + " is unique").isTrue();
                JsonNode responses = operation.get("responses");
                assertThat(responses.propertyNames()).as(id).contains("400", "401", "403", "406", "500");
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    JsonNode content = response.getValue().get("content");
                    assertThat(content).as(id + " " + response.getKey() + " has content").isNotNull();
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(content.propertyNames()).as(id + " " + response.getKey())
                                .containsExactly("application/problem+json");
                        assertThat(content.get("application/problem+json").get("schema").get("$ref").asString())
                                .isEqualTo("#/components/schemas/Problem");
                    }
                }
            }
        }
    }

    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> found) {
        if (found.size() >= 10 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null || a == null) {
                    found.add(at + "/" + name + (e == null ? " (new)" : " (gone)"));
                } else {
                    differences(e, a, at + "/" + name, found);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.iterator();
            Iterator<JsonNode> a = actual.iterator();
            for (int i = 0; e.hasNext(); i++) {
                differences(e.next(), a.next(), at + "/" + i, found);
            }
        } else {
            found.add(at.isEmpty() ? "/" : at);
        }
    }
}
