package org.allianceledger.platform.messaging;

/** Metadata keys every event carries, for auditors: who submitted it and which request it came from. */
public final class LedgerMetaData {

    public static final String SUBMITTED_BY = "submittedBy";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** The caller recorded for what the system does by itself, such as a vote window running out. */
    public static final String SYSTEM = "system";

    private LedgerMetaData() {
    }
}
