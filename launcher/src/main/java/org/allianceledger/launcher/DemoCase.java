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
import java.util.Optional;
import java.util.Set;

/**
 * A demo case from resources/scenarios, applied step by step through command-service's public API, as an operator
 * would: the Yanzhou food and drug alliance (its membership, then its service side) or the Jibei zone. The files
 * of one case share their keys: a step names enterprises, departments and instructors by the key their file or
 * an earlier file of the case gives them.
 */
public final class DemoCase {

    public static final Set<String> MEMBERSHIP_STEPS = Set.of("found", "handover", "apply", "vote", "deal");
    public static final Set<String> SERVICE_STEPS = Set.of("zone", "joinZone", "department", "instructor", "meeting",
                                                           "recordMeeting", "problem", "assign", "resolve", "indicator");
    /** Steps on a stream of their own (a zone, a problem, an enterprise's indicators): not the alliance's version. */
    private static final Set<String> OWN_STREAMS = Set.of("zone", "problem", "assign", "resolve", "indicator");
    /** Every kind of step the API takes today. */
    public static final Set<String> ALL_STEPS = union(MEMBERSHIP_STEPS, SERVICE_STEPS);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonNode> files;

    private DemoCase(List<JsonNode> files) {
        this.files = files;
    }

    /**
     * yanzhou-2023.json (membership), yanzhou-2023-service.json (departments, instructors, the joint meeting, the
     * problem, the reported revenue) and yanzhou-2023-revenue-illustrative.json (the other nine members' revenue).
     */
    public static DemoCase yanzhou() {
        return of("yanzhou-2023.json", "yanzhou-2023-service.json", "yanzhou-2023-revenue-illustrative.json");
    }

    /** jibei-2023-zone.json: five alliances under one zone committee, with their departments and instructors. */
    public static DemoCase jibei() {
        return of("jibei-2023-zone.json");
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new java.util.HashSet<>(first);
        both.addAll(second);
        return Set.copyOf(both);
    }

    private static DemoCase of(String... names) {
        List<JsonNode> files = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = DemoCase.class.getResourceAsStream("/scenarios/" + name)) {
                files.add(JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DemoCase(files);
    }

    /** The first file, whole. */
    public JsonNode root() {
        return files.get(0);
    }

    /** The enterprise's Unified Social Credit Code. */
    public String id(String key) {
        return entry("enterprises", key).get("id").asString();
    }

    public String departmentId(String key) {
        return entry("departments", key).get("id").asString();
    }

    public JsonNode instructor(String key) {
        return entry("instructors", key);
    }

    /** What the membership file expects once all its steps are applied. */
    public JsonNode expected() {
        return root().get("expectedAfterAllSteps");
    }

    /** What the file that says so expects of the service side ({@code expected}). */
    public JsonNode expectedOfService() {
        return files.stream().filter(file -> file.has("expected")).reduce((first, last) -> last)
                .map(file -> file.get("expected")).orElseThrow();
    }

    private JsonNode entry(String section, String key) {
        return files.stream().map(file -> file.get(section)).filter(s -> s != null && s.has(key))
                .map(s -> s.get(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + section + " entry " + key));
    }

    /** A step the API refused; the case is then not (wholly) loaded. */
    public static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    /**
     * Applies the steps of the given kinds, file after file and in each file's order, through command-service at
     * {@code baseUrl}; every one must succeed. When meetings are among the kinds, the votes cast on a meeting's day
     * name it, and the meeting is scheduled before the first of them. Returns the alliance's version the last step
     * on an alliance's own stream answered.
     */
    public long apply(String baseUrl, String user, String password, Set<String> kinds) {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        long version = 0;
        for (JsonNode step : ordered(kinds)) {
            String kind = step.get("step").asString();
            Map<String, Object> body = body(kind, step);
            if (kind.equals("vote") && kinds.contains("meeting")) {
                meetingOn(step).ifPresent(meeting -> body.put("meetingId", meeting.get("meetingId").asString()));
            }
            JsonNode answer = send(baseUrl, authorization, path(kind, step), body, kind.equals("indicator") ? "PUT" : "POST");
            version = OWN_STREAMS.contains(kind) ? version : answer.get("version").asLong();
        }
        return version;
    }

    private List<JsonNode> ordered(Set<String> kinds) {
        List<JsonNode> ordered = new ArrayList<>();
        for (JsonNode file : files) {
            for (JsonNode step : file.get("steps")) {
                String kind = step.get("step").asString();
                if (kind.equals("vote") && kinds.contains("meeting")) {
                    meetingOn(step).filter(meeting -> !ordered.contains(meeting)).ifPresent(ordered::add);
                }
                if (kinds.contains(kind) && !ordered.contains(step)) {
                    ordered.add(step);
                }
            }
        }
        return ordered;
    }

    /** The joint meeting the case schedules for the vote's alliance on the day it is cast, if any. */
    private Optional<JsonNode> meetingOn(JsonNode vote) {
        return files.stream().flatMap(file -> file.get("steps").valueStream())
                .filter(step -> step.get("step").asString().equals("meeting")
                                && step.get("allianceId").asString().equals(vote.get("allianceId").asString())
                                && step.get("scheduledOn").asString().equals(vote.get("castOn").asString()))
                .findFirst();
    }

    private String path(String kind, JsonNode step) {
        String alliance = step.has("allianceId") ? "/api/alliances/" + step.get("allianceId").asString() : null;
        return switch (kind) {
            case "found" -> "/api/alliances";
            case "handover" -> alliance + "/rotation/handovers";
            case "apply" -> alliance + "/applications";
            case "vote" -> alliance + "/applications/" + step.get("applicationId").asString() + "/votes";
            case "deal" -> alliance + "/deals";
            case "zone" -> "/api/zones";
            case "joinZone" -> "/api/zones/" + step.get("zoneId").asString() + "/alliances";
            case "department" -> alliance + "/departments";
            case "instructor" -> alliance + "/instructors";
            case "meeting" -> alliance + "/meetings";
            case "recordMeeting" -> alliance + "/meetings/" + step.get("meetingId").asString() + "/record";
            case "problem" -> alliance + "/problems";
            case "assign" -> alliance + "/problems/" + step.get("problemId").asString() + "/assignment";
            case "resolve" -> alliance + "/problems/" + step.get("problemId").asString() + "/resolution";
            case "indicator" -> "/api/enterprises/" + id(step.get("enterprise").asString()) + "/indicators/"
                                + step.get("year").asInt();
            default -> throw new IllegalArgumentException("No such step: " + kind);
        };
    }

    private Map<String, Object> body(String kind, JsonNode step) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case "found" -> founding(step, body);
            case "handover" -> {
                body.put("from", id(step.get("from").asString()));
                body.put("to", id(step.get("to").asString()));
                copy(step, body, "effectiveOn");
            }
            case "apply" -> {
                copy(step, body, "applicationId");
                body.put("enterprise", enterprise(step.get("enterprise").asString()));
                copy(step, body, "filedOn");
            }
            case "vote" -> {
                body.put("voter", id(step.get("voter").asString()));
                copy(step, body, "decision", "castOn");
            }
            case "deal" -> {
                copy(step, body, "dealId");
                body.put("from", id(step.get("from").asString()));
                body.put("to", id(step.get("to").asString()));
                copy(step, body, "kind", "subject", "quantity", "recurrence", "signedOn", "brokeredBy");
            }
            case "zone" -> copy(step, body, "zoneId", "name", "region", "committee", "foundedOn");
            case "joinZone" -> copy(step, body, "allianceId", "joinedOn");
            case "department" -> {
                JsonNode department = entry("departments", step.get("department").asString());
                body.put("department", Map.of("id", department.get("id").asString(),
                                              "name", department.get("name").asString()));
                copy(step, body, "joinedOn");
            }
            case "instructor" -> {
                JsonNode instructor = instructor(step.get("instructor").asString());
                body.put("instructorId", instructor.get("instructorId").asString());
                body.put("name", instructor.get("name").asString());
                body.put("department", departmentId(instructor.get("department").asString()));
                body.put("enterprises", ids(step.get("enterprises"), this::id));
                copy(step, body, "appointedOn");
            }
            case "meeting" -> copy(step, body, "meetingId", "title", "scheduledOn", "agenda");
            case "recordMeeting" -> {
                copy(step, body, "heldOn", "minutes");
                JsonNode attendees = step.get("attendees");
                body.put("attendees", Map.of("members", ids(attendees.get("members"), this::id),
                                             "departments", ids(attendees.get("departments"), this::departmentId)));
            }
            case "problem" -> {
                copy(step, body, "problemId", "raisedOn", "category", "title", "description");
                body.put("raisedBy", id(step.get("raisedBy").asString()));
            }
            case "assign" -> {
                body.put("department", departmentId(step.get("department").asString()));
                copy(step, body, "assignedOn", "dueOn");
            }
            case "resolve" -> copy(step, body, "resolvedOn", "resolvedBy", "result");
            case "indicator" -> copy(step, body, "revenueCny", "reportedOn", "disclosure", "source", "note");
            default -> throw new IllegalArgumentException("No such step: " + kind);
        }
        return body;
    }

    private void founding(JsonNode step, Map<String, Object> body) {
        copy(step, body, "allianceId", "name", "industryChain", "region", "foundedOn", "leadingBodies", "charter");
        List<Object> founders = new ArrayList<>();
        step.get("foundingMembers").forEach(key -> founders.add(enterprise(key.asString())));
        body.put("foundingMembers", founders);
        body.put("initialChair", id(step.get("initialChair").asString()));
    }

    private static void copy(JsonNode step, Map<String, Object> body, String... fields) {
        for (String field : fields) {
            if (step.has(field) && !step.get(field).isNull()) {
                body.put(field, step.get(field));
            }
        }
    }

    private static List<String> ids(JsonNode keys, java.util.function.Function<String, String> id) {
        List<String> ids = new ArrayList<>();
        keys.forEach(key -> ids.add(id.apply(key.asString())));
        return ids;
    }

    private Map<String, Object> enterprise(String key) {
        JsonNode enterprise = entry("enterprises", key);
        return Map.of("id", enterprise.get("id").asString(), "name", enterprise.get("name").asString(),
                      "industry", enterprise.get("industry").asString());
    }

    private JsonNode send(String baseUrl, String authorization, String path, Object body, String method) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
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
}
