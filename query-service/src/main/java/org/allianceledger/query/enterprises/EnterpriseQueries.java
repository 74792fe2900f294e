package org.allianceledger.query.enterprises;

import io.swagger.v3.oas.annotations.media.Schema;
import org.allianceledger.query.members.MemberQueries;
import org.allianceledger.query.members.MemberQueries.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One enterprise across every alliance: its memberships, applications, chair terms and deals. */
@Repository
class EnterpriseQueries {

    private final JdbcClient jdbc;
    private final MemberQueries members;

    EnterpriseQueries(JdbcClient jdbc, MemberQueries members) {
        this.jdbc = jdbc;
        this.members = members;
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

    /** Empty when no alliance knows the enterprise, as member or as applicant. */
    Optional<EnterpriseView> enterprise(String enterpriseId) {
        // the name it gave most recently, as member or as applicant
        Optional<Names> names = jdbc.sql("""
                SELECT name, industry FROM (
                    SELECT name, industry, member_since AS since FROM member_view WHERE enterprise_id = :id
                    UNION ALL
                    SELECT applicant_name, applicant_industry, filed_on FROM application_view WHERE applicant_id = :id
                ) n ORDER BY since DESC LIMIT 1""")
                .param("id", enterpriseId)
                .query((row, i) -> new Names(row.getString("name"), row.getString("industry")))
                .optional();
        return names.map(known -> new EnterpriseView(enterpriseId, known.name(), known.industry(),
                                                     members.memberships(enterpriseId), applications(enterpriseId),
                                                     chairTerms(enterpriseId), deals(enterpriseId)));
    }

    private List<Application> applications(String enterpriseId) {
        return jdbc.sql("""
                SELECT alliance_id, application_id, filed_on, status, decided_on FROM application_view
                WHERE applicant_id = ? ORDER BY filed_on, alliance_id, application_id""")
                .param(enterpriseId)
                .query((row, i) -> new Application(row.getString("alliance_id"), row.getString("application_id"),
                                                   row.getObject("filed_on", LocalDate.class), row.getString("status"),
                                                   row.getObject("decided_on", LocalDate.class)))
                .list();
    }

    private List<ChairTerm> chairTerms(String enterpriseId) {
        return jdbc.sql("""
                SELECT alliance_id, since, term_ends, ended_on, overdue FROM chair_term_view WHERE chair = ?
                ORDER BY since, alliance_id""")
                .param(enterpriseId)
                .query((row, i) -> new ChairTerm(row.getString(1), row.getObject(2, LocalDate.class),
                                                 row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class),
                                                 row.getBoolean(5)))
                .list();
    }

    private List<Deal> deals(String enterpriseId) {
        return jdbc.sql("""
                SELECT alliance_id, deal_id, CASE WHEN provider = :id THEN 'PROVIDER' ELSE 'RECEIVER' END AS role,
                       CASE WHEN provider = :id THEN receiver ELSE provider END AS counterpart, kind, subject, signed_on
                FROM deal_view WHERE provider = :id OR receiver = :id ORDER BY signed_on DESC, alliance_id, seq DESC""")
                .param("id", enterpriseId)
                .query((row, i) -> new Deal(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                            row.getString(5), row.getString(6), row.getObject(7, LocalDate.class)))
                .list();
    }
}
