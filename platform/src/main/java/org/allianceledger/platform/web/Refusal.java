package org.allianceledger.platform.web;

/** A request the domain refuses for a stated reason; answered with the reason's code, and changes nothing. */
public class Refusal extends RuntimeException {

    private final Problem problem;

    public Refusal(Problem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
