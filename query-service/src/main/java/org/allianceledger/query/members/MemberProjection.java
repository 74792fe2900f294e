package org.allianceledger.query.members;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Membership periods, dated by business dates, so members can be listed as of any day. */
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
        writer.update("UPDATE member SET left_on = ? WHERE alliance_id = ? AND enterprise_id = ? AND left_on IS NULL",
                withdrew.effectiveOn(), withdrew.allianceId(), withdrew.member());
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
    }
}
