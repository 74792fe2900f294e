package org.allianceledger.platform.web;

import java.util.Map;

/**
 * A command whose commit's fate is unknown: the connection to the database broke while it was being committed, so
 * it may have been recorded or not. Carries what the client can send it again with (the id it created, the
 * Idempotency-Key it came with), under which a repeat answers as the first time and records nothing.
 */
public class OutcomeUnknown extends RuntimeException {

    private final Map<String, String> retryWith;

    public OutcomeUnknown(String detail, Map<String, String> retryWith, Throwable cause) {
        super(detail, cause);
        this.retryWith = Map.copyOf(retryWith);
    }

    public Map<String, String> retryWith() {
        return retryWith;
    }
}
