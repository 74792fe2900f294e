package org.allianceledger.command.activities;

/** The answer to RecordActivity: the activity and the version of its alliance that recorded it. */
public record RecordedActivity(String allianceId, String activityId, long version) {
}
