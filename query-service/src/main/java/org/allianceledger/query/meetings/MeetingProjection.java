package org.allianceledger.query.meetings;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.MeetingCancelled;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.VoteCast;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Joint meetings as scheduled, held or cancelled, and the decisions taken at them: each vote (on an application or a
 * motion), decision on an application or a motion and handover that named a meeting, keyed by its event's sequence so
 * a repeat writes nothing twice.
 */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class MeetingProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final JsonMapper json;

    MeetingProjection(JdbcClient jdbc, ReadModelWriter writer, JsonMapper json) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.json = json;
    }

    @EventHandler
    void on(MeetingScheduled scheduled, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO meeting (alliance_id, meeting_id, title, scheduled_on, agenda, status, recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, 'SCHEDULED', ?)
                ON CONFLICT (alliance_id, meeting_id) DO NOTHING""",
                scheduled.allianceId(), scheduled.meetingId(), scheduled.title(), scheduled.scheduledOn(),
                json.writeValueAsString(scheduled.agenda()), java.sql.Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(MeetingRecorded recorded) {
        writer.update("""
                UPDATE meeting SET status = 'HELD', held_on = ?, attendee_members = ?::jsonb,
                    attendee_departments = ?::jsonb, minutes = ?
                WHERE alliance_id = ? AND meeting_id = ?""",
                recorded.heldOn(), json.writeValueAsString(recorded.attendees().members()),
                json.writeValueAsString(recorded.attendees().departments()), recorded.minutes(),
                recorded.allianceId(), recorded.meetingId());
    }

    @EventHandler
    void on(MeetingCancelled cancelled) {
        writer.update("""
                UPDATE meeting SET status = 'CANCELLED', cancellation_reason = ?, cancelled_on = ?
                WHERE alliance_id = ? AND meeting_id = ?""",
                cancelled.reason(), cancelled.cancelledOn(), cancelled.allianceId(), cancelled.meetingId());
    }

    @EventHandler
    void on(VoteCast vote, @SequenceNumber long sequence) {
        decision(vote.allianceId(), sequence, vote.meetingId(), "VOTE_CAST", vote.castOn(), vote.applicationId(), null,
                 vote.voter(), vote.decision().name(), null);
    }

    @EventHandler
    void on(ApplicationApproved approved, @SequenceNumber long sequence) {
        decision(approved.allianceId(), sequence, approved.meetingId(), "APPLICATION_DECIDED", approved.decidedOn(),
                 approved.applicationId(), null, approved.applicant(), "APPROVED", null);
    }

    @EventHandler
    void on(ApplicationRejected rejected, @SequenceNumber long sequence) {
        decision(rejected.allianceId(), sequence, rejected.meetingId(), "APPLICATION_DECIDED", rejected.decidedOn(),
                 rejected.applicationId(), null, rejected.applicant(), "REJECTED", null);
    }

    @EventHandler
    void on(RotationHandedOver handedOver, @SequenceNumber long sequence) {
        decision(handedOver.allianceId(), sequence, handedOver.meetingId(), "HANDOVER_EFFECTIVE",
                 handedOver.effectiveOn(), null, null, handedOver.to(), null, handedOver.from());
    }

    @EventHandler
    void on(MotionVoteCast vote, @SequenceNumber long sequence) {
        decision(vote.allianceId(), sequence, vote.meetingId(), "VOTE_CAST", vote.castOn(), null, vote.motionId(),
                 vote.voter(), vote.decision().name(), null);
    }

    @EventHandler
    void on(MotionApproved approved, @SequenceNumber long sequence) {
        decision(approved.allianceId(), sequence, approved.meetingId(), "MOTION_DECIDED", approved.decidedOn(), null,
                 approved.motionId(), approved.subject(), "APPROVED", null);
    }

    @EventHandler
    void on(MotionRejected rejected, @SequenceNumber long sequence) {
        decision(rejected.allianceId(), sequence, rejected.meetingId(), "MOTION_DECIDED", rejected.decidedOn(), null,
                 rejected.motionId(), rejected.subject(), "REJECTED", null);
    }

    /** Only what named a meeting is a decision of one. */
    private void decision(String allianceId, long sequence, String meetingId, String kind, LocalDate on,
                          String applicationId, String motionId, String enterprise, String decision,
                          String handedFrom) {
        if (meetingId == null) {
            return;
        }
        writer.update("""
                INSERT INTO meeting_decision (alliance_id, sequence_no, meeting_id, kind, decided_on, application_id,
                    motion_id, enterprise_id, decision, handed_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, sequence_no) DO NOTHING""",
                allianceId, sequence, meetingId, kind, on, applicationId, motionId, enterprise, decision, handedFrom);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE meeting").update();
        jdbc.sql("TRUNCATE meeting_decision").update();
    }
}
