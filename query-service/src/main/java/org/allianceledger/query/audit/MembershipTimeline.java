package org.allianceledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.VoteCast;
import org.allianceledger.query.applications.Tally;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who joined and left, when, and by which decision, with every elector's vote: replayed from the event store. */
@Component
class MembershipTimeline {

    private static final List<String> TYPES = List.of("AllianceFounded", "MembershipApplied", "VoteCast",
            "ApplicationApproved", "MemberAdmitted", "MemberWithdrew", "MotionFiled", "MotionVoteCast", "MotionApproved",
            "MemberExpelled");

    private final AuditTrail trail;

    MembershipTimeline(AuditTrail trail) {
        this.trail = trail;
    }

    @Schema(name = "TimelineVote")
    record Vote(String voter, String voterName, String decision, LocalDate castOn, Instant recordedAt, String submittedBy) {
    }

    /** The vote that decided a change: an application's for a join, an expulsion motion's ({@code motionId}) for an exit. */
    record Decision(String applicationId, String motionId, LocalDate filedOn, String statement, LocalDate decidedOn,
                    String closure, Tally tally, List<Vote> votes) {
    }

    /** {@code leftBy}: WITHDRAWAL or EXPULSION, for a LEFT change. */
    record Change(String change, String enterpriseId, String name, LocalDate businessDate, Instant recordedAt,
                  String submittedBy, String admittedBy, String leftBy, Decision decision, String reason) {
    }

    /** Every join and exit of the alliance, oldest first; none for an alliance the event store does not know. */
    List<Change> changes(String allianceId) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, MembershipApplied> applications = new HashMap<>();
        Map<String, List<Vote>> votes = new HashMap<>();
        Map<String, ApplicationApproved> approvals = new HashMap<>();
        Map<String, MotionFiled> motions = new HashMap<>();
        Map<String, List<Vote>> motionVotes = new HashMap<>();
        Map<String, MotionApproved> motionApprovals = new HashMap<>();
        trail.read(new AuditTrail.Filter(allianceId, -1, null, null, TYPES, null), entry -> {
            Object payload = entry.payload();
            if (payload instanceof AllianceFounded founded) {
                founded.foundingMembers().forEach(member -> {
                    names.put(member.id(), member.name());
                    changes.add(new Change("JOINED", member.id(), member.name(), founded.foundedOn(),
                                           entry.recordedAt(), entry.submittedBy(), "FOUNDING", null, null, null));
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
                                       entry.recordedAt(), entry.submittedBy(), "VOTE", null,
                                       decision(admitted.applicationId(), applications, approvals, votes), null));
            } else if (payload instanceof MemberWithdrew left) {
                changes.add(new Change("LEFT", left.member(), names.get(left.member()), left.effectiveOn(),
                                       entry.recordedAt(), entry.submittedBy(), null, "WITHDRAWAL", null, left.reason()));
            } else if (payload instanceof MotionFiled filed) {
                motions.put(filed.motionId(), filed);
            } else if (payload instanceof MotionVoteCast vote) {
                motionVotes.computeIfAbsent(vote.motionId(), id -> new ArrayList<>())
                        .add(new Vote(vote.voter(), names.get(vote.voter()), vote.decision().name(),
                                      vote.castOn(), entry.recordedAt(), entry.submittedBy()));
            } else if (payload instanceof MotionApproved approved) {
                motionApprovals.put(approved.motionId(), approved);
            } else if (payload instanceof MemberExpelled expelled) {
                MotionFiled filed = motions.get(expelled.motionId());
                MotionApproved approved = motionApprovals.get(expelled.motionId());
                Decision decision = new Decision(null, expelled.motionId(), filed.filedOn(), filed.statement(),
                                                 approved.decidedOn(), approved.closure().name(),
                                                 Tally.of(approved.tally()),
                                                 motionVotes.getOrDefault(expelled.motionId(), List.of()));
                changes.add(new Change("LEFT", expelled.member(), names.get(expelled.member()), expelled.effectiveOn(),
                                       entry.recordedAt(), entry.submittedBy(), null, "EXPULSION", decision,
                                       filed.statement()));
            }
        });
        return changes;
    }

    private static Decision decision(String applicationId, Map<String, MembershipApplied> applications,
                                     Map<String, ApplicationApproved> approvals, Map<String, List<Vote>> votes) {
        MembershipApplied applied = applications.get(applicationId);
        ApplicationApproved approved = approvals.get(applicationId);
        return new Decision(applicationId, null, applied.filedOn(), applied.statement(), approved.decidedOn(),
                            approved.closure().name(), Tally.of(approved.tally()),
                            votes.getOrDefault(applicationId, List.of()));
    }
}
