package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.allianceledger.platform.web.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every error an operation can answer with, as the problem it is (RFC 9457, {@code application/problem+json},
 * {@code code} enumerated), by rule: any request can be malformed, unauthenticated, of the wrong role, asking for
 * a representation the operation has not, find the database down, or meet a fault of ours; one naming a resource
 * in its path can find none; one with a body (a command) can break a rule, be too large, of the wrong media type,
 * or lose a race. An operation that can answer more says so with {@code @ApiResponse}; its content is filled in
 * here.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Any request can also find the database down (503 STORE_UNAVAILABLE). */
    private static final List<Integer> ANY = List.of(400, 401, 403, 406, 500, 503);
    private static final List<Integer> NAMING = List.of(404);
    private static final List<Integer> WITH_BODY = List.of(409, 413, 415, 503);

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                TreeSet<Integer> statuses = new TreeSet<>(ANY);
                if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                    statuses.addAll(NAMING);
                }
                if (operation.getRequestBody() != null) {
                    statuses.addAll(WITH_BODY);
                }
                ApiResponses responses = operation.getResponses();
                responses.keySet().stream().filter(code -> code.matches("[45]\\d\\d"))
                        .forEach(code -> statuses.add(Integer.valueOf(code)));
                for (int status : statuses) {
                    ApiResponse response = responses.computeIfAbsent(String.valueOf(status), s -> new ApiResponse());
                    if (response.getDescription() == null || response.getDescription().isBlank()) {
                        response.setDescription(describe(status));
                    }
                    response.setContent(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                    if (status == 503) {
                        response.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                                .description("seconds to wait before retrying; nothing was recorded"));
                    }
                }
            }
        }
    }

    /** "Conflict: ALREADY_MEMBER, ..." */
    private static String describe(int status) {
        String codes = Arrays.stream(Problem.values()).filter(p -> p.status().value() == status)
                .map(Enum::name).collect(Collectors.joining(", "));
        return HttpStatus.valueOf(status).getReasonPhrase() + (codes.isEmpty() ? "" : ": " + codes);
    }

    private static Schema<?> problem() {
        List<String> codes = new ArrayList<>(Arrays.stream(Problem.values()).map(Enum::name).toList());
        return new ObjectSchema()
                .description("An RFC 9457 problem: every error of the API, with a stable code")
                .addProperty("type", new StringSchema().format("uri").description("urn:problem-type:alliance-ledger:<code>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("the path of the request"))
                .addProperty("code", new StringSchema()._enum(codes))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("for invalid input: what is wrong, field by field"))
                .addProperty("retryWith", new ObjectSchema().additionalProperties(new StringSchema())
                        .description("with OUTCOME_UNKNOWN: what to send the command again with, under which a "
                                     + "repeat records nothing (the id it created, its idempotencyKey)"))
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema()
                        .description("a body path (charter.quorum, foundingMembers[1].id) or a parameter's name"))
                .addProperty("message", new StringSchema())
                .addProperty("code", new StringSchema().pattern("^[A-Z][A-Z_]*$")
                        .description("INVALID_FIELD, or a more precise code such as INVALID_ENTERPRISE_ID"))
                .required(List.of("field", "message", "code"));
    }
}
