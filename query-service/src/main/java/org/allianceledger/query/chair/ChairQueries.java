package org.allianceledger.query.chair;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * The rotating chair of an alliance: every term in the order handed over, who held it on a day, the one before,
 * and the plan with the next chair it names (the plan as it stands now).
 */
@Repository
class ChairQueries {

    private final JdbcClient jdbc;

    ChairQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Term(String chair, String name, LocalDate since, LocalDate termEnds, LocalDate endedOn, String handedOverBy,
                String note, boolean overdue, boolean deviatesFromPlan) {
    }

    /** The member the plan names next, and the day its term would begin: when the current one ends. */
    record Next(String member, String name, LocalDate since) {
    }

    record PlannedMember(String id, String name) {
    }

    record Plan(List<PlannedMember> order, String note, LocalDate plannedOn) {
    }

    record Chair(String allianceId, LocalDate asOf, String chair, String name, LocalDate since, LocalDate termEnds,
                 boolean overdue, Term previous, Next next, Plan plan, List<Term> history) {
    }

    /** The chair now ({@code asOf} null) or at the end of business day {@code asOf}, with every term. */
    Chair chair(String allianceId, LocalDate asOf) {
        List<Term> history = jdbc.sql("SELECT t.*, " + MemberQueries.latestName("t.alliance_id", "t.chair")
                                      + " AS name FROM chair_term_view t WHERE t.alliance_id = ? ORDER BY t.term_no")
                .param(allianceId)
                .query((row, i) -> new Term(row.getString("chair"), row.getString("name"),
                                            row.getObject("since", LocalDate.class),
                                            row.getObject("term_ends", LocalDate.class),
                                            row.getObject("ended_on", LocalDate.class), row.getString("handed_from"),
                                            row.getString("note"), row.getBoolean("overdue"),
                                            row.getBoolean("deviates_from_plan")))
                .list();
        Plan plan = plan(allianceId);
        LocalDate day = asOf == null ? BusinessCalendar.today() : asOf;
        Term current = null;
        Term previous = null;
        for (Term term : history) {
            if (!term.since().isAfter(day)) {
                previous = current;
                current = term; // the last term begun by that day, in the order they were handed over
            }
        }
        if (current == null) {
            return new Chair(allianceId, asOf, null, null, null, null, false, null, null, plan, history);
        }
        // a term is overdue once its end has come without a handover (for today: once the deadline said so)
        boolean overdue = asOf == null ? current.overdue()
                : !current.termEnds().isAfter(day) && (current.endedOn() == null || current.endedOn().isAfter(day));
        return new Chair(allianceId, asOf, current.chair(), current.name(), current.since(), current.termEnds(), overdue,
                         previous, next(plan, current), plan, history);
    }

    /** As the alliance decides it: the one after the chair in the plan, the first when the chair is not in it. */
    private static Next next(Plan plan, Term current) {
        if (plan == null || plan.order().isEmpty()) {
            return null;
        }
        List<String> ids = plan.order().stream().map(PlannedMember::id).toList();
        PlannedMember next = plan.order().get((ids.indexOf(current.chair()) + 1) % ids.size());
        return next.id().equals(current.chair()) ? null : new Next(next.id(), next.name(), current.termEnds());
    }

    private Plan plan(String allianceId) {
        return jdbc.sql("""
                SELECT p.note, p.planned_on, planned.id, %s AS name
                FROM rotation_plan_view p LEFT JOIN LATERAL unnest(p.members) WITH ORDINALITY AS planned(id, place) ON true
                WHERE p.alliance_id = ? ORDER BY planned.place""".formatted(MemberQueries.latestName("p.alliance_id", "planned.id")))
                .param(allianceId)
                .query((java.sql.ResultSet rows) -> {
                    Plan found = null;
                    List<PlannedMember> order = new java.util.ArrayList<>();
                    while (rows.next()) {
                        if (found == null) {
                            found = new Plan(order, rows.getString("note"), rows.getObject("planned_on", LocalDate.class));
                        }
                        if (rows.getString("id") != null) {
                            order.add(new PlannedMember(rows.getString("id"), rows.getString("name")));
                        }
                    }
                    return java.util.Optional.ofNullable(found);
                })
                .orElse(null);
    }
}
