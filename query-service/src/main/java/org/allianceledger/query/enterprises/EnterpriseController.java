package org.allianceledger.query.enterprises;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.enterprises.EnterpriseQueries.EnterpriseView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnterpriseController {

    private final EnterpriseQueries queries;

    EnterpriseController(EnterpriseQueries queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getEnterprise", summary = "An enterprise and its memberships and applications in every alliance")
    @GetMapping("/api/enterprises/{enterpriseId}")
    EnterpriseView enterprise(@PathVariable @EnterpriseCode String enterpriseId) {
        return queries.enterprise(enterpriseId)
                .orElseThrow(() -> new Refusal(Problem.ENTERPRISE_NOT_FOUND, "No alliance knows enterprise " + enterpriseId));
    }
}
