package org.allianceledger.command.motions;

import org.allianceledger.command.membership.ApplicationStanding;

/** Where a motion stands after a command: its tally and, once closed, its outcome. */
public record MotionStanding(String allianceId,
                             String motionId,
                             long version,
                             MotionStatus status,
                             ApplicationStanding.Votes tally,
                             MotionStatus outcome) {
}
