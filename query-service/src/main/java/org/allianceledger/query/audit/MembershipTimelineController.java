package org.allianceledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.audit.MembershipTimeline.Change;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class MembershipTimelineController {

    private final MembershipTimeline timeline;

    MembershipTimelineController(MembershipTimeline timeline) {
        this.timeline = timeline;
    }

    record Timeline(String allianceId, List<Change> changes) {
    }

    @Operation(operationId = "getMembershipTimeline", summary = "Every join and exit with its business date and recorded time; joins by vote with the votes")
    @GetMapping("/api/audit/alliances/{allianceId}/membership-timeline")
    Timeline timeline(@PathVariable @Slug String allianceId) {
        List<Change> changes = timeline.changes(allianceId);
        if (changes.isEmpty()) {
            throw new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance " + allianceId + " in the event store");
        }
        return new Timeline(allianceId, changes);
    }
}
