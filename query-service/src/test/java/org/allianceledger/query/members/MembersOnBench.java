package org.allianceledger.query.members;

import org.allianceledger.query.projections.ProjectionBench;

/** The membership projection on a bench, for the tests of read models that join the members (zones). */
public final class MembersOnBench {

    private MembersOnBench() {
    }

    public static ProjectionBench.Feed feed(ProjectionBench bench) {
        return bench.feed(new MemberProjection(bench.jdbc(), bench.writer()));
    }
}
