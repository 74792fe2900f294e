package org.allianceledger.command.indicators;

import org.allianceledger.command.AllianceVersion;

/**
 * A year's report as recorded: its revision number among the year's reports (1 for the first) and the version of the
 * enterprise's indicator stream (the number of events it holds).
 */
public record RevenueRevision(String enterpriseId, int year, int revision, long version) {

    /** Valid inside a command handler of the enterprise's indicators, after it applied its events. */
    static RevenueRevision of(String enterpriseId, int year, int revision) {
        return new RevenueRevision(enterpriseId, year, revision, AllianceVersion.current());
    }
}
