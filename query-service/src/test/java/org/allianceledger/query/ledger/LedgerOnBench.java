package org.allianceledger.query.ledger;

import org.allianceledger.query.projections.ProjectionBench;

/** The ledger projection on a bench, for the tests of read models that count visits and problems (reports). */
public final class LedgerOnBench {

    private LedgerOnBench() {
    }

    public static ProjectionBench.Feed feed(ProjectionBench bench) {
        return bench.feed(new LedgerProjection(bench.jdbc(), bench.writer()));
    }
}
