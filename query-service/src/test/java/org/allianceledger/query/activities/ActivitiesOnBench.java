package org.allianceledger.query.activities;

import org.allianceledger.query.projections.ProjectionBench;
import tools.jackson.databind.json.JsonMapper;

/** The activity projection on a bench, for the tests of read models that sum activities (reports). */
public final class ActivitiesOnBench {

    private ActivitiesOnBench() {
    }

    public static ProjectionBench.Feed feed(ProjectionBench bench) {
        return bench.feed(new ActivityProjection(bench.jdbc(), bench.writer(), JsonMapper.builder().build()));
    }
}
