package org.allianceledger.command.motions;

import java.time.Instant;

/** The payload of the persistent deadline that closes a motion's vote when its window runs out. */
public record MotionWindowExpired(String motionId, Instant endsAt) {

    public static final String DEADLINE = "motion-vote-window";
}
