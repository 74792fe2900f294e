package org.allianceledger.query.chair;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** The rotating chair of an alliance: every term in the order handed over, and who held it on a day. */
@Repository
class ChairQueries {

    private final JdbcClient jdbc;

    ChairQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Term(String chair, String name, LocalDate since, LocalDate termEnds, LocalDate endedOn, String handedOverBy,
                String note, boolean overdue) {
    }

    record Chair(String allianceId, LocalDate asOf, String chair, String name, LocalDate since, LocalDate termEnds,
                 boolean overdue, List<Term> history) {
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
                                            row.getString("note"), row.getBoolean("overdue")))
                .list();
        LocalDate day = asOf == null ? BusinessCalendar.today() : asOf;
        Term current = null;
        for (Term term : history) {
            if (!term.since().isAfter(day)) {
                current = term; // the last term begun by that day, in the order they were handed over
            }
        }
        if (current == null) {
            return new Chair(allianceId, asOf, null, null, null, null, false, history);
        }
        // a term is overdue once its end has come without a handover (for today: once the deadline said so)
        boolean overdue = asOf == null ? current.overdue()
                : !current.termEnds().isAfter(day) && (current.endedOn() == null || current.endedOn().isAfter(day));
        return new Chair(allianceId, asOf, current.chair(), current.name(), current.since(), current.termEnds(), overdue,
                         history);
    }
}
