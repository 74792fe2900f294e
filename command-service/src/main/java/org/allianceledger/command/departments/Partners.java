package org.allianceledger.command.departments;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alliance's partner departments and their instructors (decision 14: inside the alliance, so the quota and the
 * rule that instructors serve only current members are checked under the alliance's lock). Members are the
 * alliance's: each method that needs them is given when each current member joined ({@code memberSince}, null for
 * none); the commands that need none are handled here.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Partners {

    private String allianceId;
    private LocalDate foundedOn;
    private int quota;
    private Map<String, PartnerDepartment> departments = new HashMap<>();
    private Map<String, Instructor> instructors = new HashMap<>();

    @CommandHandler
    public AllianceVersion join(JoinAsPartner command) {
        String id = command.department().id();
        PartnerDepartment known = departments.get(id);
        if (known != null && known.isPartner()) {
            if (known.department().equals(command.department()) && known.joinedOn().equals(command.joinedOn())) {
                return AllianceVersion.of(allianceId); // the same joining resent
            }
            throw new Refused(RefusalCode.DEPARTMENT_ALREADY_PARTNER, id + " is a partner since " + known.joinedOn());
        }
        LocalDate earliest = known == null ? foundedOn : known.withdrawnOn();
        notBefore(command.joinedOn(), earliest, known == null ? "The alliance was founded on " + foundedOn
                                                              : id + " withdrew on " + known.withdrawnOn());
        apply(new DepartmentJoined(allianceId, command.department(), command.joinedOn()));
        return AllianceVersion.of(allianceId);
    }

    /** Its instructors' postings end and they are recalled that day, each recorded, then the department leaves. */
    @CommandHandler
    public AllianceVersion withdraw(WithdrawDepartment command) {
        PartnerDepartment department = departments.get(command.departmentId());
        if (department == null || !department.isPartner()) {
            throw new Refused(RefusalCode.DEPARTMENT_NOT_FOUND, command.departmentId() + " is no partner of " + allianceId);
        }
        LocalDate day = command.effectiveOn();
        notBefore(day, department.joinedOn(), command.departmentId() + " is a partner since " + department.joinedOn());
        List<Instructor> current = currentInstructorsOf(command.departmentId());
        for (Instructor instructor : current) {
            notBefore(day, instructor.latestStart(), instructor.id() + " serves since " + instructor.latestStart());
        }
        for (Instructor instructor : current) {
            endAll(instructor, day, PostingEndReason.DEPARTMENT_WITHDREW);
        }
        apply(new DepartmentWithdrew(allianceId, command.departmentId(), day));
        return AllianceVersion.of(allianceId);
    }

    /**
     * A department named as taking part on {@code day} (a meeting's attendee): one never a partner is unknown, one
     * outside its latest partnership that day (not yet joined, or withdrawn by then) is not a partner.
     */
    public void requirePartnerOn(String departmentId, LocalDate day) {
        PartnerDepartment department = departments.get(departmentId);
        if (department == null) {
            throw new Refused(RefusalCode.DEPARTMENT_NOT_FOUND, departmentId + " was never a partner of " + allianceId);
        }
        if (!department.isPartnerOn(day)) {
            throw new Refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT, departmentId + " was not a partner on " + day
                              + " (joined " + department.joinedOn()
                              + (department.isPartner() ? "" : ", withdrew " + department.withdrawnOn()) + ")");
        }
    }

    /** An instructor named as acting on {@code day} (a visitor): one of the alliance's, not recalled by then. */
    public void requireInstructorOn(String instructorId, LocalDate day) {
        Instructor instructor = instructors.get(instructorId);
        if (instructor == null) {
            throw new Refused(RefusalCode.INSTRUCTOR_NOT_FOUND, "No instructor " + instructorId + " in " + allianceId);
        }
        if (instructor.recalledOn() != null && !day.isBefore(instructor.recalledOn())) {
            throw new Refused(RefusalCode.INSTRUCTOR_RECALLED, instructorId + " was recalled on " + instructor.recalledOn());
        }
        notBefore(day, instructor.appointment().appointedOn(), instructorId + " was appointed on "
                                                              + instructor.appointment().appointedOn());
    }

    public void appoint(AppointInstructor command, Function<String, LocalDate> memberSince) {
        Instructor known = instructors.get(command.instructorId());
        if (known != null) {
            if (known.sameAppointment(command)) {
                return; // the same appointment resent
            }
            throw new Refused(RefusalCode.ID_ALREADY_USED, "Instructor " + command.instructorId() + " already exists");
        }
        PartnerDepartment department = departments.get(command.departmentId());
        String departmentId = command.departmentId();
        if (department == null) {
            throw new Refused(RefusalCode.DEPARTMENT_NOT_FOUND, departmentId + " was never a partner of " + allianceId);
        }
        if (!department.isPartner()) {
            throw new Refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT, departmentId + " withdrew on " + department.withdrawnOn());
        }
        List<String> enterprises = command.enterprises();
        if (enterprises.isEmpty() || new HashSet<>(enterprises).size() != enterprises.size()) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "An instructor serves at least one member, each named once");
        }
        List<LocalDate> since = enterprises.stream().map(enterprise -> requireMember(enterprise, memberSince)).toList();
        int appointed = currentInstructorsOf(departmentId).size();
        if (appointed >= quota) {
            throw new Refused(RefusalCode.INSTRUCTOR_QUOTA_REACHED,
                              departmentId + " has " + appointed + " of its " + quota + " instructors");
        }
        notBefore(command.appointedOn(), department.joinedOn(), departmentId + " is a partner since " + department.joinedOn());
        for (int i = 0; i < since.size(); i++) {
            notBefore(command.appointedOn(), since.get(i), enterprises.get(i) + " is a member since " + since.get(i));
        }
        apply(new InstructorAppointed(allianceId, command.instructorId(), command.name(), command.departmentId(),
                                      List.copyOf(command.enterprises()), command.appointedOn()));
    }

    public void post(PostInstructor command, Function<String, LocalDate> memberSince) {
        Instructor instructor = currentInstructor(command.instructorId());
        LocalDate since = requireMember(command.enterprise(), memberSince);
        if (instructor.serves(command.enterprise())) {
            return; // already serving it: the same posting resent
        }
        notBefore(command.effectiveOn(), instructor.appointment().appointedOn(),
                  command.instructorId() + " was appointed on " + instructor.appointment().appointedOn());
        notBefore(command.effectiveOn(), since, command.enterprise() + " has been a member since " + since);
        Posting earlier = instructor.postings().get(command.enterprise());
        if (earlier != null) {
            notBefore(command.effectiveOn(), earlier.endedOn(), "The last posting there ended on " + earlier.endedOn());
        }
        apply(new InstructorPosted(allianceId, command.instructorId(), command.enterprise(), command.effectiveOn()));
    }

    @CommandHandler
    public AllianceVersion endPosting(EndPosting command) {
        Instructor instructor = currentInstructor(command.instructorId());
        if (!instructor.serves(command.enterprise())) {
            throw new Refused(RefusalCode.MEMBER_NOT_FOUND,
                              "Instructor " + command.instructorId() + " does not serve " + command.enterprise());
        }
        LocalDate since = instructor.postings().get(command.enterprise()).since();
        notBefore(command.effectiveOn(), since, "The posting began on " + since);
        apply(new PostingEnded(allianceId, command.instructorId(), command.enterprise(), command.effectiveOn(),
                               PostingEndReason.ENDED));
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion recall(RecallInstructor command) {
        Instructor instructor = currentInstructor(command.instructorId());
        notBefore(command.effectiveOn(), instructor.latestStart(),
                  "Instructor " + command.instructorId() + " has served since " + instructor.latestStart());
        endAll(instructor, command.effectiveOn(), PostingEndReason.RECALLED);
        return AllianceVersion.of(allianceId);
    }

    /** Every posting to a member that leaves (or is expelled) ends that day; call before it stops being a member. */
    public void endPostingsOf(String member, LocalDate day) {
        List<Instructor> serving = instructors.values().stream().filter(i -> i.serves(member))
                .sorted(Comparator.comparing(Instructor::id)).toList();
        for (Instructor instructor : serving) {
            LocalDate since = instructor.postings().get(member).since();
            notBefore(day, since, "Instructor " + instructor.id() + " has served " + member + " since " + since);
        }
        for (Instructor instructor : serving) {
            apply(new PostingEnded(allianceId, instructor.id(), member, day, PostingEndReason.MEMBER_LEFT));
        }
    }

    private void endAll(Instructor instructor, LocalDate day, PostingEndReason reason) {
        for (String enterprise : instructor.served()) {
            apply(new PostingEnded(allianceId, instructor.id(), enterprise, day, reason));
        }
        apply(new InstructorRecalled(allianceId, instructor.id(), day));
    }

    private Instructor currentInstructor(String instructorId) {
        Instructor instructor = instructors.get(instructorId);
        if (instructor == null) {
            throw new Refused(RefusalCode.INSTRUCTOR_NOT_FOUND, "No instructor " + instructorId + " in " + allianceId);
        }
        if (!instructor.isCurrent()) {
            throw new Refused(RefusalCode.INSTRUCTOR_RECALLED, instructorId + " was recalled on " + instructor.recalledOn());
        }
        return instructor;
    }

    private List<Instructor> currentInstructorsOf(String departmentId) {
        return instructors.values().stream().filter(i -> i.isCurrent() && i.departmentId().equals(departmentId))
                .sorted(Comparator.comparing(Instructor::id)).toList();
    }

    private LocalDate requireMember(String enterprise, Function<String, LocalDate> memberSince) {
        LocalDate since = memberSince.apply(enterprise);
        if (since == null) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, enterprise + " is not a member of " + allianceId);
        }
        return since;
    }

    private static void notBefore(LocalDate day, LocalDate earliest, String why) {
        if (earliest != null && day.isBefore(earliest)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, why);
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        foundedOn = founded.foundedOn();
        quota = founded.charter().instructorsPerDepartment();
    }

    @EventSourcingHandler
    void on(DepartmentJoined joined) {
        departments.put(joined.department().id(), new PartnerDepartment(joined.department(), joined.joinedOn(), null));
    }

    @EventSourcingHandler
    void on(DepartmentWithdrew withdrew) {
        departments.computeIfPresent(withdrew.departmentId(), (id, d) -> d.withdrawn(withdrew.effectiveOn()));
    }

    @EventSourcingHandler
    void on(InstructorAppointed appointed) {
        instructors.put(appointed.instructorId(), Instructor.appointed(appointed));
    }

    @EventSourcingHandler
    void on(InstructorPosted posted) {
        instructors.computeIfPresent(posted.instructorId(), (id, i) -> i.posted(posted.enterprise(), posted.effectiveOn()));
    }

    @EventSourcingHandler
    void on(PostingEnded ended) {
        instructors.computeIfPresent(ended.instructorId(), (id, i) -> i.ended(ended.enterprise(), ended.effectiveOn()));
    }

    @EventSourcingHandler
    void on(InstructorRecalled recalled) {
        instructors.computeIfPresent(recalled.instructorId(), (id, i) -> i.recalled(recalled.effectiveOn()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Partners that && quota == that.quota && Objects.equals(allianceId, that.allianceId)
                && Objects.equals(foundedOn, that.foundedOn) && departments.equals(that.departments)
                && instructors.equals(that.instructors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, departments.keySet(), instructors.keySet());
    }
}
