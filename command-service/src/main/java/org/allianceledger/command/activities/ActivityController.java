package org.allianceledger.command.activities;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.Attendees;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Money;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
class ActivityController {

    /** Bounds that keep one activity's event small, and its count of beneficiaries an integer column's. */
    static final int MAX_PARTICIPANTS = 1000;
    static final int MAX_BENEFICIARIES = 1_000_000_000;

    private final CommandGateway commands;

    ActivityController(CommandGateway commands) {
        this.commands = commands;
    }

    record ParticipantsRequest(@Size(max = MAX_PARTICIPANTS) List<@NotNull @EnterpriseCode String> members,
                               @Size(max = MAX_PARTICIPANTS) List<@NotNull @EnterpriseCode String> departments) {
    }

    record ActivityRequest(@Slug String activityId,
                           @NotNull ActivityKind kind,
                           @NotNull @Text(max = Limits.NAME_LENGTH) String title,
                           @BusinessDate LocalDate heldOn,
                           @Valid ParticipantsRequest participants,
                           @Money BigDecimal donationsCny,
                           @PositiveOrZero @Max(MAX_BENEFICIARIES) Integer beneficiaries) {

        Attendees toParticipants() {
            return participants == null ? new Attendees(null, null)
                    : new Attendees(participants.members(), participants.departments());
        }
    }

    @Operation(operationId = "recordActivity",
               summary = "Record an activity of the alliance (公益, 培训, 交流, 专家会诊): its members and partner departments taking part, donations and beneficiaries")
    @PostMapping(path = "/api/alliances/{allianceId}/activities", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecordedActivity> record(@PathVariable @Slug String allianceId,
                                            @Valid @RequestBody ActivityRequest request) {
        String activityId = CreatedId.of("activityId", request.activityId());
        RecordedActivity answer = commands.sendAndWait(new RecordActivity(
                allianceId, activityId, request.kind(), request.title(), BusinessCalendar.orToday(request.heldOn()),
                request.toParticipants(), request.donationsCny(), request.beneficiaries()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/activities/" + activityId)).body(answer);
    }
}
