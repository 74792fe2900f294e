package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

/**
 * The document each service publishes at /v3/api-docs (API.md, "The OpenAPI documents"): OpenAPI 3.0.3 that
 * says the limits, the problems and the media types of every operation, built by rules from the code rather
 * than by annotating each endpoint. docs/openapi holds the published copies; the services' tests keep them equal.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** springdoc's 3.0 mode writes 3.0.1; the documents follow 3.0.3, whose clarifications they rely on. */
    static final String VERSION = "3.0.3";

    static {
        // streamed bodies: what goes over the wire is text (server-sent events, CSV, NDJSON), not these types
        SpringDocUtils.getConfig()
                .replaceWithSchema(SseEmitter.class, new StringSchema())
                .replaceWithSchema(StreamingResponseBody.class, new StringSchema());
    }

    @Bean
    OpenAPI allianceLedgerApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Alliance Ledger " + service).version("1")
                              .description("Industry-chain alliances: membership by vote, rotation, deals and chains. "
                                           + "Every error is an RFC 9457 problem with a stable code."))
                // relative to where the document was read from, whatever host and port that is
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a user of alliance.security.users"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("when the service is configured with an issuer or key set; roles "
                                             + "from the token's roles claim")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    ConstrainedParameters constrainedParameters() {
        return new ConstrainedParameters();
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    AnswerHeaders answerHeaders() {
        return new AnswerHeaders();
    }

    @Bean
    IdempotencyKeyHeader idempotencyKeyHeader() {
        return new IdempotencyKeyHeader();
    }

    @Bean
    RoleTags roleTags() {
        return new RoleTags();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer openApiVersion() {
        return api -> api.setOpenapi(VERSION);
    }
}
