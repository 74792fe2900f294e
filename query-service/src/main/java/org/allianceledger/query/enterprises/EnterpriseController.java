package org.allianceledger.query.enterprises;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class EnterpriseController {

    private final JdbcClient jdbc;

    EnterpriseController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Membership(String allianceId, String allianceName, LocalDate memberSince, LocalDate leftOn,
                      String admittedBy, String applicationId, boolean current) {
    }

    @Schema(name = "EnterpriseApplication")
    record Application(String allianceId, String applicationId, LocalDate filedOn, String status, LocalDate decidedOn) {
    }

    record ChairTerm(String allianceId, LocalDate since, LocalDate termEnds, LocalDate endedOn, boolean overdue) {
    }

    @Schema(name = "EnterpriseDeal")
    record Deal(String allianceId, String dealId, String role, String counterpart, String kind, String subject,
                LocalDate signedOn) {
    }

    record EnterpriseView(String id, String name, String industry, List<Membership> memberships,
                          List<Application> applications, List<ChairTerm> chairTerms, List<Deal> deals) {
    }

    private record Names(String name, String industry) {
    }

    @Operation(operationId = "getEnterprise", summary = "An enterprise and its memberships and applications in every alliance")
    @GetMapping("/api/enterprises/{enterpriseId}")
    EnterpriseView enterprise(@PathVariable @EnterpriseCode String enterpriseId) {
        List<Membership> memberships = jdbc.sql("""
                SELECT m.*, a.name AS alliance_name FROM member_view m JOIN alliance_view a USING (alliance_id)
                WHERE m.enterprise_id = ? ORDER BY m.member_since, m.alliance_id""")
                .param(enterpriseId)
                .query((row, i) -> new Membership(row.getString("alliance_id"), row.getString("alliance_name"),
                                                  row.getObject("member_since", LocalDate.class),
                                                  row.getObject("left_on", LocalDate.class),
                                                  row.getString("admitted_by"), row.getString("application_id"),
                                                  row.getObject("left_on") == null))
                .list();
        List<Application> applications = jdbc.sql("""
                SELECT alliance_id, application_id, filed_on, status, decided_on FROM application_view
                WHERE applicant_id = ? ORDER BY filed_on, alliance_id, application_id""")
                .param(enterpriseId)
                .query((row, i) -> new Application(row.getString("alliance_id"), row.getString("application_id"),
                                                   row.getObject("filed_on", LocalDate.class), row.getString("status"),
                                                   row.getObject("decided_on", LocalDate.class)))
                .list();
        // the name it gave most recently, as member or as applicant
        Names names = jdbc.sql("""
                SELECT name, industry FROM (
                    SELECT name, industry, member_since AS since FROM member_view WHERE enterprise_id = :id
                    UNION ALL
                    SELECT applicant_name, applicant_industry, filed_on FROM application_view WHERE applicant_id = :id
                ) n ORDER BY since DESC LIMIT 1""")
                .param("id", enterpriseId)
                .query((row, i) -> new Names(row.getString("name"), row.getString("industry")))
                .optional()
                .orElseThrow(() -> new Refusal(Problem.ENTERPRISE_NOT_FOUND,
                                               "No alliance knows enterprise " + enterpriseId));
        List<ChairTerm> terms = jdbc.sql("""
                SELECT alliance_id, since, term_ends, ended_on, overdue FROM chair_term WHERE chair = ?
                ORDER BY since, alliance_id""")
                .param(enterpriseId)
                .query((row, i) -> new ChairTerm(row.getString(1), row.getObject(2, LocalDate.class),
                                                 row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class),
                                                 row.getBoolean(5)))
                .list();
        List<Deal> deals = jdbc.sql("""
                SELECT alliance_id, deal_id, CASE WHEN provider = :id THEN 'PROVIDER' ELSE 'RECEIVER' END AS role,
                       CASE WHEN provider = :id THEN receiver ELSE provider END AS counterpart, kind, subject, signed_on
                FROM deal_view WHERE provider = :id OR receiver = :id ORDER BY signed_on DESC, alliance_id, seq DESC""")
                .param("id", enterpriseId)
                .query((row, i) -> new Deal(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                            row.getString(5), row.getString(6), row.getObject(7, LocalDate.class)))
                .list();
        return new EnterpriseView(enterpriseId, names.name(), names.industry(), memberships, applications, terms, deals);
    }
}
