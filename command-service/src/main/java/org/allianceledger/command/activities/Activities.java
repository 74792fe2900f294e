package org.allianceledger.command.activities;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alliance's activities (公益, 培训, 交流, 专家会诊), inside it (decision 14) so that who takes part is checked
 * against its members and partner departments under its lock. Each is kept whole: the same activity sent again is
 * recognised as a retry, another under its id is refused. Activities are few (a handful a year), unlike deals.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Activities {

    private String allianceId;
    private LocalDate foundedOn;
    private Map<String, ActivityRecorded> recorded = new HashMap<>();

    /**
     * {@code members}: when each current member joined; {@code partnerOn} refuses a department that was no partner
     * that day.
     */
    public void record(RecordActivity command, Map<String, LocalDate> members, BiConsumer<String, LocalDate> partnerOn) {
        ActivityRecorded activity = new ActivityRecorded(allianceId, command.activityId(), command.kind(),
                                                         command.title(), command.heldOn(), command.participants(),
                                                         command.donationsCny(), command.beneficiaries());
        ActivityRecorded earlier = recorded.get(command.activityId());
        if (earlier != null) {
            if (!sameActivity(earlier, activity)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Activity " + command.activityId() + " already exists");
            }
            return; // the same activity sent again: nothing new
        }
        LocalDate on = command.heldOn();
        if (on.isBefore(foundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The alliance was founded on " + foundedOn);
        }
        requireDistinct(command.participants().members(), "participants.members");
        requireDistinct(command.participants().departments(), "participants.departments");
        for (String member : command.participants().members()) {
            LocalDate since = members.get(member);
            if (since == null || since.isAfter(on)) {
                throw new Refused(RefusalCode.NOT_A_MEMBER, member + " was not a member on " + on);
            }
        }
        for (String department : command.participants().departments()) {
            partnerOn.accept(department, on);
        }
        apply(activity);
    }

    /** Money compares by value: 100 and 100.00 donated are the same activity. */
    private static boolean sameActivity(ActivityRecorded earlier, ActivityRecorded again) {
        boolean sameDonations = earlier.donationsCny() == null ? again.donationsCny() == null
                : again.donationsCny() != null && earlier.donationsCny().compareTo(again.donationsCny()) == 0;
        return sameDonations && earlier.equals(new ActivityRecorded(
                again.allianceId(), again.activityId(), again.kind(), again.title(), again.heldOn(),
                again.participants(), earlier.donationsCny(), again.beneficiaries()));
    }

    private static void requireDistinct(List<String> ids, String field) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, field + " names a participant twice");
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        foundedOn = founded.foundedOn();
    }

    @EventSourcingHandler
    void on(ActivityRecorded activity) {
        recorded.put(activity.activityId(), activity);
    }

    /** Whole-state equality: Axon's fixtures compare state sourced twice, and snapshots must round-trip. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Activities that && Objects.equals(allianceId, that.allianceId)
                && Objects.equals(foundedOn, that.foundedOn) && recorded.equals(that.recorded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, recorded.keySet());
    }
}
