package org.allianceledger.command.membership;

import java.time.Instant;

/**
 * The payload of the persistent deadline that closes a vote when its window runs out. It carries the end,
 * so the vote is dated by when the window ran out, even if this service was down at that moment.
 */
public record VoteWindowExpired(String applicationId, Instant endsAt) {

    public static final String DEADLINE = "vote-window";
}
