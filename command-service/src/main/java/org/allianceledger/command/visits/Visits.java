package org.allianceledger.command.visits;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.VisitRecorded;
import org.allianceledger.events.Visitor;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The visits (走访) paid to the alliance's members, inside the alliance so that the visitor and the member are checked
 * under its lock. Each visit is kept whole to recognise a retry, and so that a problem can name it.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Visits {

    private String allianceId;
    private Map<String, VisitRecorded> visits = new HashMap<>();

    /**
     * @param memberSince   when each current member joined (null for none)
     * @param instructorOn  refuses an instructor unknown to the alliance, or recalled by the day
     * @param departmentOn  refuses a department that was no partner on the day
     */
    public VisitVersion record(RecordVisit command, Function<String, LocalDate> memberSince,
                               BiConsumer<String, LocalDate> instructorOn, BiConsumer<String, LocalDate> departmentOn) {
        VisitRecorded visit = new VisitRecorded(allianceId, command.visitId(), command.visitor(), command.enterprise(),
                                                command.visitedOn(), command.notes());
        VisitRecorded known = visits.get(command.visitId());
        if (known != null) {
            if (!known.equals(visit)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Visit " + command.visitId() + " already exists");
            }
            return new VisitVersion(allianceId, command.visitId(), AllianceVersion.current());
        }
        Visitor visitor = command.visitor();
        if ((visitor.instructorId() == null) == (visitor.departmentId() == null)) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "A visitor is an instructor or a department, exactly one");
        }
        LocalDate since = memberSince.apply(command.enterprise());
        if (since == null) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, command.enterprise() + " is not a member of " + allianceId);
        }
        if (command.visitedOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.enterprise() + " is a member since " + since);
        }
        if (visitor.instructorId() != null) {
            instructorOn.accept(visitor.instructorId(), command.visitedOn());
        } else {
            departmentOn.accept(visitor.departmentId(), command.visitedOn());
        }
        apply(visit);
        return new VisitVersion(allianceId, command.visitId(), AllianceVersion.current());
    }

    /** The visit a problem names must be one of this alliance's. */
    public void requireVisit(String visitId) {
        if (!visits.containsKey(visitId)) {
            throw new Refused(RefusalCode.VISIT_NOT_FOUND, "No visit " + visitId + " in " + allianceId);
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
    }

    @EventSourcingHandler
    void on(VisitRecorded recorded) {
        visits.put(recorded.visitId(), recorded);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Visits that && Objects.equals(allianceId, that.allianceId) && visits.equals(that.visits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, visits.keySet());
    }
}
