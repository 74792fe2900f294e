package org.allianceledger.command.problems;

import org.allianceledger.events.ProblemStream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command on one problem, sent to the problem's own stream rather than the alliance's. */
interface ProblemCommand {

    String allianceId();

    String problemId();

    @TargetAggregateIdentifier
    default String stream() {
        return ProblemStream.of(allianceId(), problemId());
    }
}
