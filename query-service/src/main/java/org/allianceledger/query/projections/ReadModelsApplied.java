package org.allianceledger.query.projections;

import java.util.Map;

/**
 * Published (as a Spring application event) after a batch of the projections committed into the copy queries read:
 * the latest version applied per alliance of the batch. Not during a rebuild: queries do not read that copy yet.
 */
public record ReadModelsApplied(Map<String, Long> versions) {
}
