package org.allianceledger.query.audit;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
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
import java.util.function.Supplier;

/**
 * What every audit of one stream shares, whoever's stream it is (an alliance's, a zone's): the filter its
 * parameters make, a JSON page, and the CSV and NDJSON exports streamed from the event store.
 */
@Component
class AuditExport {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    /** The representations, said once for every audit's summary: each operation's handlers say the same. */
    static final String REPRESENTATIONS = "oldest first: as JSON a page at a time (next is the cursor of the next "
            + "page, null on the last), as CSV (UTF-8 with a byte-order mark, for spreadsheets) or NDJSON the whole "
            + "filtered history, streamed";
    static final String FROM = "recorded at or after: an instant (2026-11-22T08:00:00Z) or a day in China Standard Time";
    static final String TO = "recorded before: an instant or a day (exclusive)";
    static final String TYPE = "event types, comma-separated, such as VoteCast,MemberAdmitted";
    static final String CURSOR = "JSON pages: the next cursor of the previous page";
    private static final String[] COLUMNS = {"sequence", "type", "recordedAt", "businessDate", "submittedBy",
            "correlationId", "causationId", "payload"};

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditExport(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    /**
     * A stream an audit reads: its aggregate identifier in the event store, the name its CSV file is saved under,
     * and the refusal when the store holds none of its events.
     */
    record Source(String stream, String name, Supplier<Refusal> unknown) {
    }

    /** One page of a stream's events, and the cursor of the next (null on the last). */
    record Slice(List<AuditTrail.Entry> events, String next) {
    }

    Slice page(Source source, String from, String to, String type, String cursor, int limit) {
        List<AuditTrail.Entry> events = new ArrayList<>();
        trail.read(filter(source, from, to, type, cursor, limit), events::add);
        String next = events.size() == limit ? String.valueOf(events.get(events.size() - 1).sequence()) : null;
        return new Slice(events, next);
    }

    ResponseEntity<StreamingResponseBody> ndjson(Source source, String from, String to, String type) {
        return export(NDJSON, source, filter(source, from, to, type, null, null), writer -> entry ->
                write(writer, json.writeValueAsString(entry) + "\n"));
    }

    ResponseEntity<StreamingResponseBody> csv(Source source, String from, String to, String type) {
        return export(CSV, source, filter(source, from, to, type, null, null), writer -> {
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
    private ResponseEntity<StreamingResponseBody> export(String mediaType, Source source, AuditTrail.Filter filter,
                                                         Function<Writer, Consumer<AuditTrail.Entry>> format) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"));
        if (CSV.equals(mediaType)) {
            answer.header("Content-Disposition", "attachment; filename=\"" + source.name() + "-events.csv\"");
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

    private AuditTrail.Filter filter(Source source, String from, String to, String type, String cursor,
                                     Integer limit) {
        if (!trail.knows(source.stream())) {
            throw source.unknown().get();
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
        return new AuditTrail.Filter(source.stream(), after, instant("from", from), instant("to", to), types, limit);
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
