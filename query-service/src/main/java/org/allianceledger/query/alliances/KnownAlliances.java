package org.allianceledger.query.alliances;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.projections.ParkedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers 404 for queries about an alliance the read models do not know. */
@Component
public class KnownAlliances {

    private final JdbcClient jdbc;
    private final ParkedEvents parked;

    KnownAlliances(JdbcClient jdbc, ParkedEvents parked) {
        this.jdbc = jdbc;
        this.parked = parked;
    }

    public void require(String allianceId) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM alliance_view WHERE alliance_id = ?)")
                .param(allianceId).query(Boolean.class).single();
        if (!known) {
            throw notFound(allianceId);
        }
    }

    /** Says so when the read models lack the alliance because a projection failed on its events. */
    public Refusal notFound(String allianceId) {
        long events = parked.of(allianceId);
        return new Refusal(Problem.ALLIANCE_NOT_FOUND, events == 0 ? "No alliance " + allianceId
                : "No alliance " + allianceId + " in the read models: " + events
                  + " of its events are parked, a projection failed on them (GET /api/admin/dead-letters)");
    }

    public long version(String allianceId) {
        return jdbc.sql("SELECT version FROM alliance_version WHERE alliance_id = ?")
                .param(allianceId).query(Long.class).optional().orElse(0L);
    }
}
