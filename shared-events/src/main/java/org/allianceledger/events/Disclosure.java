package org.allianceledger.events;

/** Who may read a reported figure: everyone with a query role, or only auditors and administrators. */
public enum Disclosure {
    PUBLIC,
    CONFIDENTIAL
}
