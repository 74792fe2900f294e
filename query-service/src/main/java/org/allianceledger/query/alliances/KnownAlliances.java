package org.allianceledger.query.alliances;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.projections.ParkedEvents;
import org.springframework.stereotype.Component;

/** Answers 404 for queries about an alliance the read models do not know. */
@Component
public class KnownAlliances {

    private final AllianceQueries alliances;
    private final ParkedEvents parked;

    KnownAlliances(AllianceQueries alliances, ParkedEvents parked) {
        this.alliances = alliances;
        this.parked = parked;
    }

    public void require(String allianceId) {
        if (!alliances.exists(allianceId)) {
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
}
