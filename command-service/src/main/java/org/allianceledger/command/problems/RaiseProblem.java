package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemRaised;

import java.time.LocalDate;

public record RaiseProblem(String allianceId, String problemId, String raisedBy, LocalDate raisedOn,
                           ProblemCategory category, String title, String description, boolean chainWide,
                           String visitId) implements ProblemCommand, Resendable {

    ProblemRaised toEvent() {
        return new ProblemRaised(allianceId, problemId, raisedBy, raisedOn, category, title, description, chainWide,
                                 visitId);
    }
}
