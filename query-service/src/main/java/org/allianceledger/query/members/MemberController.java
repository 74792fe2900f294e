package org.allianceledger.query.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.members.MemberQueries.Member;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class MemberController {

    private final MemberQueries queries;
    private final KnownAlliances alliances;

    MemberController(MemberQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
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
        List<Member> members = queries.members(allianceId, asOf);
        return new Members(allianceId, asOf, members.size(), members);
    }
}
