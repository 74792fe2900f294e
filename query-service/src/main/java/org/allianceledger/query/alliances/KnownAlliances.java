package org.allianceledger.query.alliances;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers 404 for queries about an alliance the read models do not know. */
@Component
public class KnownAlliances {

    private final JdbcClient jdbc;

    KnownAlliances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(String allianceId) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM alliance_view WHERE alliance_id = ?)")
                .param(allianceId).query(Boolean.class).single();
        if (!known) {
            throw new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance " + allianceId);
        }
    }

    public long version(String allianceId) {
        return jdbc.sql("SELECT version FROM alliance_version WHERE alliance_id = ?")
                .param(allianceId).query(Long.class).optional().orElse(0L);
    }
}
