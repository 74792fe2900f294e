package org.allianceledger.command.departments;

import java.time.LocalDate;

/** An instructor's latest posting to one member: from when, and until when once it ended. */
record Posting(LocalDate since, LocalDate endedOn) {

    boolean isCurrent() {
        return endedOn == null;
    }
}
