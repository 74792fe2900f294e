package org.allianceledger.command.motions;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alliance's motions and the rules of filing one; each motion's vote is its own ({@link Motion}). Members and the
 * chair are the alliance's: filing is given them. Removing the subject of an approved expulsion is the alliance's too.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Motions {

    private String allianceId;
    private Charter charter;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Motion> filed = new HashMap<>();

    /**
     * An expulsion motion against a member other than the chair; its electorate is the other members.
     * {@code members}: when each current member joined.
     */
    public MotionStanding file(FileMotion command, Map<String, LocalDate> members, String chair,
                               DeadlineManager deadlines) {
        Motion earlier = filed.get(command.motionId());
        if (earlier != null) {
            if (!earlier.sameFiling(command)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Motion " + command.motionId() + " already exists");
            }
            return earlier.standing();
        }
        LocalDate since = members.get(command.subject());
        if (since == null) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, command.subject() + " is not a member of " + allianceId);
        }
        if (command.subject().equals(chair)) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST, "The chair must hand the rotation over before a motion against it");
        }
        if (filed.values().stream().anyMatch(m -> m.isOpen() && m.kind() == command.kind()
                                                  && m.subject().equals(command.subject()))) {
            throw new Refused(RefusalCode.APPLICATION_ALREADY_OPEN, "A motion against " + command.subject() + " is open");
        }
        if (command.filedOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.subject() + " has been a member since " + since);
        }
        TreeSet<String> electorate = new TreeSet<>(members.keySet());
        electorate.remove(command.subject());
        Instant windowEnds = GenericEventMessage.clock.instant().plus(Duration.ofDays(charter.voteWindowDays()));
        apply(new MotionFiled(allianceId, command.motionId(), command.kind(), command.subject(), command.filedOn(),
                              command.statement(), List.copyOf(electorate), windowEnds));
        // as for applications: not cancelled when the vote closes earlier, the alliance ignores a closed motion then
        deadlines.schedule(windowEnds, MotionWindowExpired.DEADLINE, new MotionWindowExpired(command.motionId(), windowEnds));
        return filed.get(command.motionId()).standing();
    }

    /** An expulsion is never against the chair: the subject of an open motion does not take the chair meanwhile. */
    public void requireMayTakeChair(String member) {
        if (filed.values().stream().anyMatch(m -> m.isOpen() && m.subject().equals(member))) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST,
                              "An expulsion motion against " + member + " is open; it cannot take the chair");
        }
    }

    public Motion motion(String motionId) {
        Motion motion = filed.get(motionId);
        if (motion == null) {
            throw new Refused(RefusalCode.MOTION_NOT_FOUND, "No motion " + motionId + " in " + allianceId);
        }
        return motion;
    }

    public boolean contains(String motionId) {
        return filed.containsKey(motionId);
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        charter = founded.charter();
    }

    @EventSourcingHandler
    void on(MotionFiled motion) {
        filed.put(motion.motionId(), Motion.filed(motion, charter));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Motions that && Objects.equals(allianceId, that.allianceId)
                && Objects.equals(charter, that.charter) && filed.equals(that.filed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, filed.keySet());
    }
}
