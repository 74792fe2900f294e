package org.allianceledger.platform.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client of one service's HTTP API as a given user, over the real network stack. Every exchange is held to the
 * OpenAPI document the service publishes ({@link PublishedContract}): the answer always, the request too when it
 * is meant to keep the contract, that is when it comes from a user and not from {@link #offContract()}.
 */
public final class Api {

    /** Decimals in answers read as decimals, so that a test sees every digit the service sent. */
    public static final JsonMapper JSON = JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String user;
    private final String authorization;
    private final boolean onContract;

    private Api(String base, String user, String authorization, boolean onContract) {
        this.base = base;
        this.user = user;
        this.authorization = authorization;
        this.onContract = onContract;
    }

    /** No one: a request without credentials breaks the contract, so only the answers are validated. */
    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port, null, null, false);
    }

    /** As one of {@link TestUsers}, whose password is its name and "-pw". */
    public Api as(String user) {
        String credentials = user + ":" + password(user);
        return new Api(base, user, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                       true);
    }

    /**
     * The same caller sending what the document forbids, on purpose (tests of bad input): the answers are still
     * validated, the requests not, or the test could not send them.
     */
    public Api offContract() {
        return new Api(base, user, authorization, false);
    }

    public static String password(String user) {
        return user + "-pw";
    }

    public String baseUrl() {
        return base;
    }

    public String user() {
        return user;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A command that takes no body (the admin actions). */
    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A streamed answer (server-sent events), to be read and closed by the caller; its head is validated. */
    public HttpResponse<java.io.InputStream> stream(String path) {
        try {
            HttpRequest request = request(path).header("Accept", "text/event-stream").GET().build();
            HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            PublishedContract.check(new PublishedContract.Exchange(base, request, null, response.statusCode(),
                                                                   response.headers(), null, onContract));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            PublishedContract.check(new PublishedContract.Exchange(base, request, RequestBodies.text(request),
                                                                   response.statusCode(), response.headers(), body,
                                                                   onContract));
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public record Response(int status, String body, HttpResponse<byte[]> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
