package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.platform.web.BusinessCalendar;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The history of an alliance straight from the event store, as JSON pages or as whole CSV and NDJSON exports. */
@RestController
@RequestMapping("/api/audit/alliances/{allianceId}/events")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    /** One operation in three representations: the document merges its handlers, so each says the same. */
    private static final String EXPORT = "exportAuditEvents";
    private static final String EXPORTS = "The alliance's events from the event store, oldest first: as JSON a page at "
            + "a time (next is the cursor of the next page, null on the last), as CSV (UTF-8 with a byte-order mark, "
            + "for spreadsheets) or NDJSON the whole filtered history, streamed";
    private static final String[] COLUMNS = {"sequence", "type", "recordedAt", "businessDate", "submittedBy",
            "correlationId", "causationId", "payload"};

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditController(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    record Page(String allianceId, int count, List<AuditTrail.Entry> events,
                @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page page(@PathVariable @Slug String allianceId,
              @Parameter(description = "recorded at or after: an instant (2026-11-22T08:00:00Z) or a day in China Standard Time")
              @RequestParam(required = false) String from,
              @Parameter(description = "recorded before: an instant or a day (exclusive)")
              @RequestParam(required = false) String to,
              @Parameter(description = "event types, comma-separated, such as VoteCast,MemberAdmitted")
              @RequestParam(required = false) String type,
              @Parameter(description = "JSON pages: the next cursor of the previous page")
              @RequestParam(required = false) String cursor,
              @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AuditTrail.Filter filter = filter(allianceId, from, to, type, cursor, limit);
        List<AuditTrail.Entry> events = new ArrayList<>();
        trail.read(filter, events::add);
        String next = events.size() == limit ? String.valueOf(events.get(events.size() - 1).sequence()) : null;
        return new Page(allianceId, events.size(), events, next);
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable @Slug String allianceId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type) {
        return export(NDJSON, filter(allianceId, from, to, type, null, null), writer -> entry ->
                write(writer, json.writeValueAsString(entry) + "\n"));
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = CSV)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @Slug String allianceId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String type) {
        return export(CSV, filter(allianceId, from, to, type, null, null), writer -> {
            write(writer, "\uFEFF");
            CSVPrinter printer = csvPrinter(writer);
            return entry -> {
                try {
                    printer.printRecord(entry.sequence(), entry.type(), entry.recordedAt(), entry.businessDate(),
                                        entry.submittedBy(), entry.correlationId(), entry.causationId(),
                                        json.writeValueAsString(entry.payload()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        });
    }

    /** Streams every matching event through the row writer the format makes. */
    private ResponseEntity<StreamingResponseBody> export(String mediaType, AuditTrail.Filter filter,
                                                         Function<Writer, Consumer<AuditTrail.Entry>> format) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"));
        if (CSV.equals(mediaType)) {
            answer.header("Content-Disposition", "attachment; filename=\"" + filter.allianceId() + "-events.csv\"");
        }
        return answer.body(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            trail.read(filter, format.apply(writer));
            flush(writer);
        });
    }

    private static CSVPrinter csvPrinter(Writer writer) {
        try {
            return CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditTrail.Filter filter(String allianceId, String from, String to, String type, String cursor,
                                     Integer limit) {
        if (!trail.knows(allianceId)) {
            throw new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance " + allianceId + " in the event store");
        }
        long after;
        try {
            after = cursor == null ? -1 : Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidParameter("cursor", "not a cursor this endpoint gave");
        }
        List<String> types = type == null ? List.of() : Arrays.stream(type.split(",", -1)).map(String::strip).toList();
        for (String t : types) {
            if (!t.matches("[A-Z][A-Za-z]{1,60}")) {
                throw new InvalidParameter("type", "not an event type: " + t);
            }
        }
        return new AuditTrail.Filter(allianceId, after, instant("from", from), instant("to", to), types, limit);
    }

    /** An instant, or a business day meaning its first moment in China Standard Time. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(BusinessCalendar.ZONE).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "neither an instant nor a date: " + value);
        }
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
