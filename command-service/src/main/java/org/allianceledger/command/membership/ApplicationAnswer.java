package org.allianceledger.command.membership;

import org.allianceledger.events.Tally;

/** Where an application stands after a command: its tally and, once closed, its outcome. */
public record ApplicationAnswer(String allianceId,
                                String applicationId,
                                long version,
                                ApplicationStatus status,
                                Tally tally,
                                ApplicationStatus outcome) {
}
