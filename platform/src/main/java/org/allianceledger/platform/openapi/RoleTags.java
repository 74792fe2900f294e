package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations are grouped by the roles that may call them, as the security rules match them (platform
 * SecurityConfiguration): a generated client gets one class per group (CommandsApi, QueriesApi, AuditApi, AdminApi).
 */
class RoleTags implements OpenApiCustomizer {

    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("commands", "Commands: role OPERATOR or ADMIN");
        TAGS.put("queries", "Queries of the read models: role VIEWER, AUDITOR or ADMIN");
        TAGS.put("audit", "The history straight from the event store: role AUDITOR or ADMIN");
        TAGS.put("admin", "Administration: role ADMIN");
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, Boolean> used = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String tag = tag(path, method);
            operation.setTags(List.of(tag));
            used.put(tag, true);
        }));
        api.setTags(TAGS.entrySet().stream().filter(tag -> used.containsKey(tag.getKey()))
                            .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                            .toList());
    }

    private static String tag(String path, PathItem.HttpMethod method) {
        if (path.startsWith("/api/admin/")) {
            return "admin";
        }
        if (path.startsWith("/api/audit/")) {
            return "audit";
        }
        return method == PathItem.HttpMethod.GET ? "queries" : "commands";
    }
}
