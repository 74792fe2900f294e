package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * The headers of successful answers: a create's {@code Location}, and {@code Read-Model-Stale} on a query that
 * waited for {@code minVersion} in vain (API.md, "Conventions").
 */
class AnswerHeaders implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                ApiResponse created = operation.getResponses().get("201");
                if (created != null) {
                    created.addHeaderObject("Location", new Header().description("the path of what was created")
                            .schema(new StringSchema()));
                }
                ApiResponse ok = operation.getResponses().get("200");
                if (ok != null && operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "minVersion".equals(p.getName()))) {
                    ok.addHeaderObject("Read-Model-Stale", new Header()
                            .description("true when the read models had not applied minVersion within 5 s; "
                                         + "the answer is what they had")
                            .schema(new StringSchema()._enum(List.of("true"))));
                }
            }
        }
    }
}
