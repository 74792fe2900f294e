package org.allianceledger.command.motions;

import java.time.LocalDate;

/** The alliance removing a member an approved motion expelled. */
@FunctionalInterface
public interface Expulsions {

    void expel(String member, LocalDate on, String motionId);
}
