package org.allianceledger.platform.domain;

/** A command the domain refuses for a stated reason: it records nothing. */
public class Refused extends RuntimeException {

    private final RefusalCode code;

    public Refused(RefusalCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
