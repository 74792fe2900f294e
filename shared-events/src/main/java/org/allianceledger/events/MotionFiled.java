package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A motion was put to the members; {@code electorate} is frozen here: the members at the moment of filing, the
 * subject excluded.
 *
 * @param voteWindowEndsAt when the vote closes by itself if it is still open
 */
@Revision("1")
public record MotionFiled(String allianceId,
                          String motionId,
                          MotionKind kind,
                          String subject,
                          LocalDate filedOn,
                          String statement,
                          List<String> electorate,
                          Instant voteWindowEndsAt) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
