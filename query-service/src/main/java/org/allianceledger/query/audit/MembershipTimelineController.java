package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.VoteCast;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who joined and left, when, and by which decision, with every elector's vote: replayed from the event store. */
@RestController
class MembershipTimelineController {

    private static final List<String> TYPES = List.of("AllianceFounded", "MembershipApplied", "VoteCast",
            "ApplicationApproved", "MemberAdmitted", "MemberWithdrew");

    private final AuditTrail trail;
    private final TransactionTemplate readOnly;

    MembershipTimelineController(AuditTrail trail, PlatformTransactionManager transactions) {
        this.trail = trail;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Schema(name = "TimelineVote")
    record Vote(String voter, String voterName, String decision, LocalDate castOn, Instant recordedAt, String submittedBy) {
    }

    record Tally(@JsonProperty("for") int inFavour, int against, int abstain, int eligible) {
    }

    record Decision(String applicationId, LocalDate filedOn, String statement, LocalDate decidedOn, String closure,
                    Tally tally, List<Vote> votes) {
    }

    record Change(String change, String enterpriseId, String name, LocalDate businessDate, Instant recordedAt,
                  String submittedBy, String admittedBy, Decision decision, String reason) {
    }

    record Timeline(String allianceId, List<Change> changes) {
    }

    @Operation(operationId = "getMembershipTimeline", summary = "Every join and exit with its business date and recorded time; joins by vote with the votes")
    @GetMapping("/api/audit/alliances/{allianceId}/membership-timeline")
    Timeline timeline(@PathVariable @Slug String allianceId) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, MembershipApplied> applications = new HashMap<>();
        Map<String, List<Vote>> votes = new HashMap<>();
        Map<String, ApplicationApproved> approvals = new HashMap<>();
        readOnly.executeWithoutResult(status -> trail.read(
                new AuditTrail.Filter(allianceId, -1, null, null, TYPES, null), entry -> {
                    Object payload = entry.payload();
                    if (payload instanceof AllianceFounded founded) {
                        founded.foundingMembers().forEach(member -> {
                            names.put(member.id(), member.name());
                            changes.add(new Change("JOINED", member.id(), member.name(), founded.foundedOn(),
                                                   entry.recordedAt(), entry.submittedBy(), "FOUNDING", null, null));
                        });
                    } else if (payload instanceof MembershipApplied applied) {
                        applications.put(applied.applicationId(), applied);
                    } else if (payload instanceof VoteCast vote) {
                        votes.computeIfAbsent(vote.applicationId(), id -> new ArrayList<>())
                                .add(new Vote(vote.voter(), names.get(vote.voter()), vote.decision().name(),
                                              vote.castOn(), entry.recordedAt(), entry.submittedBy()));
                    } else if (payload instanceof ApplicationApproved approved) {
                        approvals.put(approved.applicationId(), approved);
                    } else if (payload instanceof MemberAdmitted admitted) {
                        Enterprise member = admitted.member();
                        names.put(member.id(), member.name());
                        changes.add(new Change("JOINED", member.id(), member.name(), admitted.memberSince(),
                                               entry.recordedAt(), entry.submittedBy(), "VOTE",
                                               decision(admitted.applicationId(), applications, approvals, votes), null));
                    } else if (payload instanceof MemberWithdrew left) {
                        changes.add(new Change("LEFT", left.member(), names.get(left.member()), left.effectiveOn(),
                                               entry.recordedAt(), entry.submittedBy(), null, null, left.reason()));
                    }
                }));
        if (changes.isEmpty()) {
            throw new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance " + allianceId + " in the event store");
        }
        return new Timeline(allianceId, changes);
    }

    private static Decision decision(String applicationId, Map<String, MembershipApplied> applications,
                                     Map<String, ApplicationApproved> approvals, Map<String, List<Vote>> votes) {
        MembershipApplied applied = applications.get(applicationId);
        ApplicationApproved approved = approvals.get(applicationId);
        org.allianceledger.events.Tally tally = approved.tally();
        return new Decision(applicationId, applied.filedOn(), applied.statement(), approved.decidedOn(),
                            approved.closure().name(),
                            new Tally(tally.inFavour(), tally.against(), tally.abstain(), tally.eligible()),
                            votes.getOrDefault(applicationId, List.of()));
    }
}
