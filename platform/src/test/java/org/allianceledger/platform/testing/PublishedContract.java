package org.allianceledger.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document the service publishes at /v3/api-docs (read
 * once per service), with Atlassian's swagger-request-validator: the answer always, and the request too unless
 * the test breaks the contract on purpose. Streamed answers (server-sent events) and answers to HEAD have
 * their status, media type and headers checked. A breach fails the test with the validator's report.
 * Off for benchmarks with {@code -Dledger.openapi.validate=false}: the time it takes would be measured.
 */
public final class PublishedContract {

    public static final String DOCUMENT = "/v3/api-docs";

    static final AtomicInteger ANSWERS = new AtomicInteger();
    static final AtomicInteger WITHOUT_BODY = new AtomicInteger();

    private static final boolean ON = !"false".equals(System.getProperty("ledger.openapi.validate"));
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing",
                                                          "validation.request.operation.notAllowed");
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PublishedContract() {
    }

    /** What went over the wire; {@code body} is null where the answer is a stream the test reads itself. */
    public record Exchange(String base, HttpRequest request, String requestBody, int status, HttpHeaders headers,
                           String body, boolean requestOnContract) {
    }

    /**
     * Holds an answer a test got with its own client to the document: for tests that send what no client of the
     * contract would (the role table's bodies, other methods), so only the answer; {@code body} null if not read.
     */
    public static void checkAnswer(HttpRequest request, HttpResponse<?> response, String body) {
        URI uri = request.uri();
        check(new Exchange(uri.getScheme() + "://" + uri.getRawAuthority(), request, null, response.statusCode(),
                           response.headers(), body, false));
    }

    static void check(Exchange exchange) {
        String path = exchange.request().uri().getRawPath();
        if (!ON || !path.startsWith("/api/")) {
            return; // the contract is the API's; health, the dashboard's pages and the login are not in it
        }
        ValidationReport report = breaches(exchange);
        if (report.hasErrors()) {
            throw new AssertionError("Breaks the OpenAPI document " + exchange.base() + DOCUMENT + ": "
                                     + exchange.request().method() + " " + exchange.request().uri() + " -> "
                                     + exchange.status() + "\n"
                                     + SimpleValidationReportFormat.getInstance().apply(report)
                                     + "\nThe answer was: " + abbreviated(exchange.body()));
        }
        (exchange.body() == null || "HEAD".equals(exchange.request().method()) ? WITHOUT_BODY : ANSWERS)
                .incrementAndGet();
    }

    /** What the validator finds wrong with an exchange, held to the document of the service it went to. */
    public static ValidationReport breaches(Exchange exchange) {
        return DOCUMENTS.computeIfAbsent(exchange.base(), Document::read).check(exchange);
    }

    private static String abbreviated(String body) {
        return body == null ? "(a stream)" : body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }

    /** One service's published document, as validators of whole exchanges and of answers without a body. */
    private record Document(OpenAPI api, OpenApiInteractionValidator exchanges, OpenApiInteractionValidator bodiless) {

        static Document read(String base) {
            String json;
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + DOCUMENT))
                                                                  .timeout(Duration.ofSeconds(30)).build(),
                                                          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new AssertionError(base + DOCUMENT + " answered " + response.statusCode());
                }
                json = response.body();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + base + DOCUMENT, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ParseOptions resolve = new ParseOptions();
            resolve.setResolve(true);
            OpenAPI api = new OpenAPIV3Parser().readContents(json, null, resolve).getOpenAPI();
            return new Document(api, validator(json, Map.of()),
                                validator(json, Map.of("validation.response.body.missing", ValidationReport.Level.IGNORE)));
        }

        /**
         * The validator takes every object as closed. Answers are held to that: each property the server writes must
         * be in the document. Requests are not: unknown properties are ignored, never bound (API.md, "Limits").
         */
        private static OpenApiInteractionValidator validator(String json, Map<String, ValidationReport.Level> levels) {
            return OpenApiInteractionValidator.createForInlineApiSpecification(json)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                            .withLevels(levels)
                            .build())
                    .build();
        }

        ValidationReport check(Exchange exchange) {
            String path = exchange.request().uri().getRawPath();
            // HEAD is GET without the body
            boolean head = "HEAD".equals(exchange.request().method());
            Request.Method method = head ? Request.Method.GET : Request.Method.valueOf(exchange.request().method());
            OpenApiInteractionValidator validator = exchange.body() == null || head ? bodiless : exchanges;
            SimpleResponse response = response(exchange, head);
            if (exchange.requestOnContract()) {
                return validator.validate(request(exchange, method, path), response);
            }
            ValidationReport report = validator.validateResponse(path, method, response);
            if (report.getMessages().stream().anyMatch(m -> UNDESCRIBED.contains(m.getKey()))) {
                return problem(exchange);
            }
            return report;
        }

        /** A request the document does not describe at all (another method, a malformed path) gets a problem. */
        private ValidationReport problem(Exchange exchange) {
            String type = exchange.headers().firstValue("Content-Type").orElse("");
            if (exchange.status() < 400 || !type.startsWith("application/problem+json")) {
                return ValidationReport.singleton(new MessageResolver().create("validation.response.undescribed",
                        "A request the document does not describe was answered " + exchange.status() + " " + type
                        + ", not with a problem"));
            }
            if (exchange.body() == null || "HEAD".equals(exchange.request().method())) {
                return ValidationReport.empty();
            }
            Schema<?> problem = api.getComponents().getSchemas().get("Problem");
            return new SchemaValidator(api, new MessageResolver()).validate(exchange.body(), problem, "response.body");
        }

        private static SimpleRequest request(Exchange exchange, Request.Method method, String path) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
            exchange.request().headers().map().forEach(request::withHeader);
            query(exchange.request().uri().getRawQuery()).forEach(request::withQueryParam);
            if (exchange.requestBody() != null) {
                request.withBody(exchange.requestBody());
            }
            return request.build();
        }

        private static SimpleResponse response(Exchange exchange, boolean head) {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
            exchange.headers().map().forEach(response::withHeader);
            if (exchange.body() != null && !head && !exchange.body().isEmpty()) {
                response.withBody(exchange.body());
            }
            return response.build();
        }

        private static Map<String, List<String>> query(String raw) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            if (raw == null || raw.isEmpty()) {
                return parameters;
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return parameters;
        }
    }
}
