package org.allianceledger.command.departments;

import org.allianceledger.events.InstructorAppointed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An instructor: the appointment as recorded (kept whole to recognise a retry), the latest posting to each member,
 * and the recall once it came.
 */
record Instructor(InstructorAppointed appointment, Map<String, Posting> postings, LocalDate recalledOn) {

    static Instructor appointed(InstructorAppointed appointed) {
        Map<String, Posting> postings = new HashMap<>();
        Posting fromTheStart = new Posting(appointed.appointedOn(), null);
        appointed.enterprises().forEach(enterprise -> postings.put(enterprise, fromTheStart));
        return new Instructor(appointed, postings, null);
    }

    String id() {
        return appointment.instructorId();
    }

    String departmentId() {
        return appointment.departmentId();
    }

    boolean isCurrent() {
        return recalledOn == null;
    }

    boolean serves(String enterprise) {
        Posting posting = postings.get(enterprise);
        return posting != null && posting.isCurrent();
    }

    /** The members served now, in code order, so that ending them all records the same events on every replay. */
    List<String> served() {
        return postings.entrySet().stream().filter(e -> e.getValue().isCurrent()).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The latest day something began for this instructor that an end on some day may not precede. */
    LocalDate latestStart() {
        LocalDate latest = appointment.appointedOn();
        for (Posting posting : postings.values()) {
            if (posting.isCurrent() && posting.since().isAfter(latest)) {
                latest = posting.since();
            }
        }
        return latest;
    }

    boolean sameAppointment(AppointInstructor command) {
        return appointment.name().equals(command.name()) && appointment.departmentId().equals(command.departmentId())
                && appointment.enterprises().equals(command.enterprises())
                && appointment.appointedOn().equals(command.appointedOn());
    }

    Instructor posted(String enterprise, LocalDate since) {
        Map<String, Posting> changed = new HashMap<>(postings);
        changed.put(enterprise, new Posting(since, null));
        return new Instructor(appointment, changed, recalledOn);
    }

    Instructor ended(String enterprise, LocalDate on) {
        Map<String, Posting> changed = new HashMap<>(postings);
        changed.computeIfPresent(enterprise, (e, posting) -> new Posting(posting.since(), on));
        return new Instructor(appointment, changed, recalledOn);
    }

    Instructor recalled(LocalDate on) {
        return new Instructor(appointment, postings, Objects.requireNonNull(on));
    }
}
