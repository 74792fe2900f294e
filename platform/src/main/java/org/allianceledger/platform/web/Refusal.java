package org.allianceledger.platform.web;

/**
 * A request refused outside the domain (no such resource to read, a rebuild under way), with the problem it is
 * answered with; it changes nothing. The command side's domain refuses with {@link org.allianceledger.platform.domain.Refused}.
 */
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
