package org.allianceledger.query.members;

import org.allianceledger.query.projections.ReadModelWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For other packages' tests that need the members projected beside their own read models (names, periods). */
public final class MemberQueriesAccess {

    private MemberQueriesAccess() {
    }

    public static Object projection(JdbcClient jdbc, ReadModelWriter writer) {
        return new MemberProjection(jdbc, writer);
    }
}
