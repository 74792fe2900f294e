package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The {@code Idempotency-Key} header every command takes (API.md, "Retries and outages"): the operations with a
 * body are the commands.
 */
class IdempotencyKeyHeader implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getRequestBody() != null) {
                    operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                            .description("a key the client makes up for this command (IETF httpapi draft), as a "
                                         + "string (\"...\") or bare: a repeat with the same key and body answers "
                                         + "as the first time and records nothing, another body under it is 409 "
                                         + "ID_ALREADY_USED; kept at least 24 hours")
                            .schema(new StringSchema().minLength(1).maxLength(257).pattern("^[\\x20-\\x7E]+$")));
                }
            }
        }
    }
}
