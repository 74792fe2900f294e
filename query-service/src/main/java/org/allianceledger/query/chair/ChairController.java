package org.allianceledger.query.chair;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.BusinessCalendar;
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
class ChairController {

    private final JdbcClient jdbc;
    private final KnownAlliances alliances;

    ChairController(JdbcClient jdbc, KnownAlliances alliances) {
        this.jdbc = jdbc;
        this.alliances = alliances;
    }

    record Term(String chair, String name, LocalDate since, LocalDate termEnds, LocalDate endedOn, String handedOverBy,
                String note, boolean overdue) {
    }

    record Chair(String allianceId, LocalDate asOf, String chair, String name, LocalDate since, LocalDate termEnds,
                 boolean overdue, List<Term> history) {
    }

    @Operation(operationId = "getChair", summary = "The chair now or at the end of business day asOf: since when, until when, overdue, and every term")
    @GetMapping("/api/alliances/{allianceId}/chair")
    Chair chair(@PathVariable @Slug String allianceId,
                @Parameter(description = "a past business day; a chair whose term begins on it is the chair")
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<Term> history = jdbc.sql("""
                SELECT t.*, (SELECT m.name FROM member_view m WHERE m.alliance_id = t.alliance_id
                             AND m.enterprise_id = t.chair ORDER BY m.member_since DESC LIMIT 1) AS name
                FROM chair_term t WHERE t.alliance_id = ? ORDER BY t.term_no""")
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
