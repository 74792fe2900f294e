package org.allianceledger.command;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a domain refusal by its code, for {@code expectException}. */
public final class RefusalMatcher extends TypeSafeMatcher<Refused> {

    private final RefusalCode code;

    private RefusalMatcher(RefusalCode code) {
        this.code = code;
    }

    public static Matcher<Refused> refused(RefusalCode code) {
        return new RefusalMatcher(code);
    }

    @Override
    protected boolean matchesSafely(Refused refused) {
        return refused.code() == code;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal with code " + code);
    }
}
