package org.allianceledger.platform.testing;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service answers at its HTTP edge, over the real network stack: every error is a problem, also one
 * raised before any controller (by Tomcat, the firewall, security), and every endpoint follows the contract's role
 * rules, HEAD included. Each service's test extends this with its running application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpEdgeContract {

    /** The callers of the role table: no user, and the test user of each role. */
    static final List<String> CALLERS = List.of("anonymous", "operator", "viewer", "auditor", "admin");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort
    protected int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * API.md, "Authentication and roles", written out apart from the security configuration: the users who may
     * call {@code method} on {@code path}.
     */
    static Set<String> allowed(String method, String path) {
        if (path.startsWith("/api/admin/")) {
            return Set.of("admin");
        }
        if (path.startsWith("/api/audit/")) {
            return Set.of("auditor", "admin");
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return Set.of("viewer", "auditor", "admin");
        }
        return Set.of("operator", "admin");
    }

    /**
     * Every /api pattern the application maps, with each method it maps there, and GET, HEAD and POST besides, so
     * that every rule is tried on every path; times every caller.
     */
    Stream<Arguments> endpointsTimesCallers() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> {
                    Set<String> methods = new TreeSet<>(Set.of("GET", "HEAD", "POST"));
                    mapping.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
                    methods.forEach(method -> endpoints.add(method + " " + pattern));
                }));
        assertThat(endpoints).as("the application maps /api endpoints").isNotEmpty();
        List<Arguments> table = new ArrayList<>();
        for (String endpoint : endpoints) {
            String[] methodAndPattern = endpoint.split(" ");
            for (String caller : CALLERS) {
                table.add(Arguments.of(methodAndPattern[0], methodAndPattern[1], caller));
            }
        }
        return table.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("endpointsTimesCallers")
    void everyEndpointFollowsTheRoleRules(String method, String pattern, String caller) throws IOException {
        String path = plausible(pattern);
        Answer answer = send(method, path, caller);
        if (caller.equals("anonymous")) {
            assertProblem(answer, 401, "UNAUTHENTICATED");
        } else if (!allowed(method, pattern).contains(caller)) {
            assertProblem(answer, 403, "FORBIDDEN");
        } else {
            assertThat(answer.status()).as(answer.toString()).isNotIn(401, 403).isLessThan(500);
            if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            }
        }
    }

    /** The pattern with each variable filled by a value of its shape: an enterprise's code, else a slug. */
    static String plausible(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            variable.appendReplacement(path, name.toLowerCase().contains("enterprise") ? "91370812G890PMMGXK"
                    : "edge-" + name.toLowerCase());
        }
        return variable.appendTail(path).toString();
    }

    static Stream<Named<String>> pathsRefusedBeforeTheApi() {
        return Stream.of(Named.of("an encoded slash", "/api/alliances/a%2Fb"),
                         Named.of("an encoded backslash", "/api/alliances/a%5Cb"),
                         Named.of("an encoded NUL", "/api/alliances/a%00b"),
                         Named.of("malformed percent-encoding", "/api/alliances/%zz"),
                         Named.of("a cut-off percent-encoding", "/api/alliances/a%"),
                         Named.of("a control character", "/api/alliances/a\u0001b"),
                         Named.of("a double slash in front", "//api/alliances"),
                         Named.of("a double slash inside", "/api//alliances"),
                         Named.of("a path parameter", "/api/alliances;v=1"),
                         Named.of("a dot segment", "/api/./alliances"),
                         Named.of("an encoded dot-dot segment", "/api/alliances/%2e%2e/x"),
                         Named.of("a 10,000-character id", "/api/alliances/" + "x".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathsRefusedBeforeTheApi")
    void aPathRefusedBeforeTheApiIsAProblem(String target) {
        assertProblem(RawHttp.send(port, "GET", target, basic("viewer")), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aHeaderTooLargeIsAProblem() {
        assertProblem(RawHttp.send(port, "GET", "/api/alliances", basic("viewer"), "X-Padding: " + "x".repeat(10_000)),
                      400, "MALFORMED_REQUEST");
    }

    @Test
    void aHeaderWithAControlCharacterIsAProblem() {
        assertProblem(RawHttp.send(port, "GET", "/api/alliances", basic("viewer"), "X-Note: a\u0001b"),
                      400, "MALFORMED_REQUEST");
    }

    @Test
    void aBadHostIsAProblem() {
        assertProblem(RawHttp.send(port, "GET", "/api/alliances", basic("viewer"), "Host: bad host"),
                      400, "MALFORMED_REQUEST");
    }

    @Test
    void aRequestWithoutHostIsAProblem() {
        assertProblem(RawHttp.send(port, "GET /api/alliances HTTP/1.1\r\n" + basic("viewer") + "\r\n"),
                      400, "MALFORMED_REQUEST");
    }

    /** Tomcat would answer these with 501 or 505; a client's mistake is a 4xx. */
    @Test
    void aRequestTomcatCannotTakeIsAClientsMistake() {
        String host = "Host: 127.0.0.1\r\n";
        assertProblem(RawHttp.send(port, "GET /api/alliances HTTP/1.2\r\n" + host), 400, "MALFORMED_REQUEST");
        assertProblem(RawHttp.send(port, "POST /api/alliances HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n"),
                      400, "MALFORMED_REQUEST");
        assertProblem(RawHttp.send(port, "POST /api/alliances HTTP/1.1\r\n" + host + "Expect: nothing\r\n"
                                         + "Content-Length: 2\r\n"), 417, "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "CONNECT", "BREW"})
    void aMethodNoEndpointTakesIsAProblem(String method) {
        RawHttp.Answer answer = RawHttp.send(port, method, "/api/alliances", basic("admin"));
        assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
        assertThat(answer.header("Allow")).as("a 405 names the methods there are").contains("GET", "POST");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        assertProblem(RawHttp.send(port, "GET", "/error"), 404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void anAnonymousReadIsAProblemWithAChallenge(String method) throws IOException {
        Answer answer = send(method, "/api/alliances", "anonymous");
        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.response().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"alliance-ledger\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void aWrongPasswordIsAProblem(String method) {
        RawHttp.Answer answer = RawHttp.send(port, method, "/api/alliances", "Authorization: Basic dmlld2VyOndyb25n");
        assertProblem(answer, 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void aReadByAnOperatorIsForbidden(String method) throws IOException {
        assertProblem(send(method, "/api/alliances", "operator"), 403, "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void anUnknownApiPathIsNotFound(String method) throws IOException {
        assertProblem(send(method, "/api/no-such-thing", "admin"), 404, "NOT_FOUND");
    }

    @Test
    void aBodyOverTheLimitIsAProblem() throws IOException {
        String body = "{\"name\": \"" + "x".repeat(70_000) + "\"}";
        HttpRequest.Builder request = Api.at(port).as("admin").request("/api/alliances")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        assertProblem(send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of(Named.of("no language asked", new String[0]), "zh"),
                         Arguments.of(Named.of("Accept-Language: en", new String[] {"Accept-Language: en-US,en;q=0.9"}), "en"),
                         Arguments.of(Named.of("Accept-Language: zh-CN", new String[] {"Accept-Language: zh-CN,zh;q=0.9"}), "zh"),
                         Arguments.of(Named.of("cookie lang=en over Accept-Language: zh-CN",
                                               new String[] {"Accept-Language: zh-CN", "Cookie: lang=en"}), "en"),
                         Arguments.of(Named.of("cookie lang=zh-CN over Accept-Language: en",
                                               new String[] {"Accept-Language: en", "Cookie: lang=zh-CN"}), "zh"));
    }

    /**
     * A problem's title follows the caller's language wherever the problem is written: by a controller advice (an
     * unknown API path), by security (no credentials), by Tomcat's error report (an encoded slash). Code and type
     * stay the same.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aProblemsTitleIsInTheCallersLanguage(String[] language, String expected) {
        boolean english = expected.equals("en");
        RawHttp.Answer unknown = RawHttp.send(port, "GET", "/api/no-such-thing", with(language, basic("admin")));
        assertProblem(unknown, 404, "NOT_FOUND");
        assertThat(unknown.json().get("title").asString()).as(unknown.toString()).isEqualTo(english ? "Not found" : "未找到");
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:problem-type:alliance-ledger:not-found");

        RawHttp.Answer anonymous = RawHttp.send(port, "GET", "/api/alliances", language);
        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertThat(anonymous.json().get("title").asString()).as(anonymous.toString())
                .isEqualTo(english ? "Unauthenticated" : "需要登录");

        RawHttp.Answer malformed = RawHttp.send(port, "GET", "/api/alliances/a%2Fb", with(language, basic("viewer")));
        assertProblem(malformed, 400, "MALFORMED_REQUEST");
        assertThat(malformed.json().get("title").asString()).as(malformed.toString())
                .isEqualTo(english ? "Malformed request" : "请求格式有误");
    }

    static final String BROWSER = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A person's browser on a path that has no page reads the product's 404 page in the language, never Whitelabel. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anUnknownPageIsTheProductsNotFoundPage(String[] language, String expected) {
        for (String caller : List.of("anonymous", "admin")) {
            String[] headers = with(language, BROWSER);
            RawHttp.Answer page = RawHttp.send(port, "GET", "/no-such-page",
                                               caller.equals("admin") ? with(headers, basic("admin")) : headers);
            assertThat(page.status()).as(page.toString()).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(page.toString()).startsWith("text/html");
            assertThat(page.body()).as(page.toString())
                    .contains("data-status=\"404\"", "/no-such-page", "lang=\"" + (expected.equals("en") ? "en" : "zh-CN") + "\"",
                              expected.equals("en") ? "Page not found" : "页面不存在")
                    .doesNotContain("Whitelabel");
            assertThat(page.header("WWW-Authenticate")).as("no password box in the browser").isNull();
        }
    }

    @Test
    void theErrorPageAskedForByABrowserIsTheProductsNotFoundPage() {
        RawHttp.Answer page = RawHttp.send(port, "GET", "/error", BROWSER);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("页面不存在").doesNotContain("Whitelabel");
    }

    /** A path that is markup is shown as text: the page escapes what it repeats. */
    @Test
    void theNotFoundPageEscapesThePath() {
        RawHttp.Answer page = RawHttp.send(port, "GET", "/%3Cscript%3Ealert(1)%3C/script%3E", BROWSER);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    /** The page repeats a Chinese path as the address bar shows it, byte for byte. */
    @Test
    void theNotFoundPageShowsAChinesePathAsItIs() {
        RawHttp.Answer page = RawHttp.send(port, "GET", "/%E8%81%94%E7%9B%9F/%E5%8F%B0%E8%B4%A6", BROWSER);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("/联盟/台账");
    }

    /** An API client, or a script asking for JSON, still reads problems on the same paths. */
    @Test
    void anUnknownPathForAnApiClientIsAProblem() {
        assertProblem(RawHttp.send(port, "GET", "/no-such-page", basic("admin"), "Accept: application/json"),
                      404, "NOT_FOUND");
        assertProblem(RawHttp.send(port, "GET", "/api/no-such-thing", basic("admin"), BROWSER), 404, "NOT_FOUND");
        assertProblem(RawHttp.send(port, "GET", "/no-such-page", "Accept: application/json"), 401, "UNAUTHENTICATED");
    }

    private static String[] with(String[] headers, String... more) {
        return Stream.concat(Stream.of(headers), Stream.of(more)).toArray(String[]::new);
    }

    /** Sends a request of the table's kind: a body of {@code {}} with every method but GET and HEAD. */
    protected Answer send(String method, String path, String caller) throws IOException {
        Api api = caller.equals("anonymous") ? Api.at(port) : Api.at(port).as(caller);
        HttpRequest.Builder request = api.request(path);
        if (method.equals("GET") || method.equals("HEAD")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return send(request);
    }

    /** Sends and reads an error answer whole; a success may be a stream that does not end, so it is not read. */
    protected static Answer send(HttpRequest.Builder request) throws IOException {
        HttpRequest built = request.build();
        try {
            HttpResponse<InputStream> response = HTTP.send(built, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = response.statusCode() >= 400 ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "";
                PublishedContract.checkAnswer(built, response, response.statusCode() >= 400 ? text : null);
                return new Answer(built.method(), response, text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    protected static String basic(String user) {
        return "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + Api.password(user)).getBytes(StandardCharsets.UTF_8));
    }

    protected static void assertProblem(Answer answer, int status, String code) {
        assertProblem(answer.method().equals("HEAD"), answer.status(), answer.contentType(), answer.body(), status, code,
                      answer.toString());
    }

    protected static void assertProblem(RawHttp.Answer answer, int status, String code) {
        assertProblem(answer.head(), answer.status(), answer.header("Content-Type"), answer.body(), status, code, answer.toString());
    }

    /** The status, the problem's media type, and unless the answer is to HEAD, a problem with every member. */
    private static void assertProblem(boolean head, int actual, String contentType, String body, int status,
                                      String code, String answer) {
        assertThat(actual).as(answer).isEqualTo(status);
        assertThat(contentType).as(answer).startsWith("application/problem+json");
        if (head) {
            assertThat(body).as("an answer to HEAD has no body").isEmpty();
            return;
        }
        JsonNode problem = Api.JSON.readTree(body);
        assertThat(problem.get("code").asString()).as(answer).isEqualTo(code);
        assertThat(problem.get("status").asInt()).as(answer).isEqualTo(status);
        assertThat(problem.get("type").asString()).as(answer).isNotBlank();
        assertThat(problem.get("title").asString()).as(answer).isNotBlank();
        assertThat(problem.get("detail").asString()).as(answer).isNotBlank();
    }

    /** An answer read by java.net.http. */
    protected record Answer(String method, HttpResponse<InputStream> response, String body) {

        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse(null);
        }

        @Override
        public String toString() {
            return method + " " + response.uri() + " -> " + status() + " " + contentType() + " " + body;
        }
    }
}
