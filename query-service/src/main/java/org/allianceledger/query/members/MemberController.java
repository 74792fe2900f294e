package org.allianceledger.query.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class MemberController {

    private final JdbcClient jdbc;
    private final KnownAlliances alliances;

    MemberController(JdbcClient jdbc, KnownAlliances alliances) {
        this.jdbc = jdbc;
        this.alliances = alliances;
    }

    record Member(String id, String name, String industry, LocalDate memberSince, AdmittedBy admittedBy,
                  String applicationId) {
    }

    record Members(String allianceId, LocalDate asOf, int count, List<Member> members) {
    }

    @Operation(operationId = "listMembers", summary = "The members, now or at the end of business day asOf")
    @GetMapping("/api/alliances/{allianceId}/members")
    Members members(@PathVariable @Slug String allianceId,
                    @Parameter(description = "a past business day; members admitted on it count, those who left on it do not")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                    @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<Member> members = jdbc.sql("""
                SELECT enterprise_id, name, industry, member_since, admitted_by, application_id FROM member_view
                WHERE alliance_id = :alliance
                  AND (CAST(:asOf AS date) IS NULL OR member_since <= :asOf)
                  AND (left_on IS NULL OR (CAST(:asOf AS date) IS NOT NULL AND left_on > :asOf))
                ORDER BY member_since, enterprise_id""")
                .param("alliance", allianceId)
                .param("asOf", asOf)
                .query((row, i) -> new Member(row.getString("enterprise_id"), row.getString("name"),
                                              row.getString("industry"), row.getObject("member_since", LocalDate.class),
                                              AdmittedBy.valueOf(row.getString("admitted_by")),
                                              row.getString("application_id")))
                .list();
        return new Members(allianceId, asOf, members.size(), members);
    }
}
