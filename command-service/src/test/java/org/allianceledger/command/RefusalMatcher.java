package org.allianceledger.command;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its API problem code, for {@code expectException}. */
public final class RefusalMatcher extends TypeSafeMatcher<Refusal> {

    private final Problem problem;

    private RefusalMatcher(Problem problem) {
        this.problem = problem;
    }

    public static Matcher<Refusal> refused(Problem problem) {
        return new RefusalMatcher(problem);
    }

    @Override
    protected boolean matchesSafely(Refusal refusal) {
        return refusal.problem() == problem;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal with code " + problem);
    }
}
