package org.allianceledger.query.members;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.SuspensionLifted;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Membership periods and suspensions, dated by business dates, so members can be listed as of any day. */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class MemberProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    MemberProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(AllianceFounded founded) {
        founded.foundingMembers().forEach(member ->
                insert(founded.allianceId(), member, founded.foundedOn(), AdmittedBy.FOUNDING, null));
    }

    @EventHandler
    void on(MemberAdmitted admitted) {
        insert(admitted.allianceId(), admitted.member(), admitted.memberSince(), AdmittedBy.VOTE,
               admitted.applicationId());
    }

    @EventHandler
    void on(MemberWithdrew withdrew) {
        left(withdrew.allianceId(), withdrew.member(), withdrew.effectiveOn());
    }

    @EventHandler
    void on(MemberExpelled expelled) {
        left(expelled.allianceId(), expelled.member(), expelled.effectiveOn());
    }

    private void left(String allianceId, String member, LocalDate on) {
        writer.update("UPDATE member SET left_on = ? WHERE alliance_id = ? AND enterprise_id = ? AND left_on IS NULL",
                on, allianceId, member);
    }

    @EventHandler
    void on(MemberSuspended suspended) {
        writer.update("""
                INSERT INTO member_suspension (alliance_id, enterprise_id, from_on, until_on, reason)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                suspended.allianceId(), suspended.member(), suspended.from(), suspended.until(), suspended.reason());
    }

    /** Lifts the member's latest suspension, the only one the alliance can lift. */
    @EventHandler
    void on(SuspensionLifted lifted) {
        writer.update("""
                UPDATE member_suspension s SET lifted_on = ?
                WHERE s.alliance_id = ? AND s.enterprise_id = ? AND s.from_on = (
                    SELECT max(l.from_on) FROM member_suspension l
                    WHERE l.alliance_id = s.alliance_id AND l.enterprise_id = s.enterprise_id)""",
                lifted.effectiveOn(), lifted.allianceId(), lifted.member());
    }

    private void insert(String allianceId, Enterprise member, LocalDate since, AdmittedBy by, String applicationId) {
        writer.update("""
                INSERT INTO member (alliance_id, enterprise_id, name, industry, member_since, admitted_by, application_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, enterprise_id, member_since) DO NOTHING""",
                allianceId, member.id(), member.name(), member.industry(), since, by.name(), applicationId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE member").update();
        jdbc.sql("TRUNCATE member_suspension").update();
    }
}
