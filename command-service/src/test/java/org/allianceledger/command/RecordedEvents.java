package org.allianceledger.command;

import org.allianceledger.platform.testing.Api;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store of an HTTP test, as such tests check it: what requests recorded, and that a refusal recorded nothing. */
public final class RecordedEvents {

    private final JdbcTemplate jdbc;

    public RecordedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events recorded by requests; an overdue term or meeting is the system's own doing, at any moment. */
    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%Overdue'",
                                   Long.class);
    }

    /**
     * The version an answer carries when the command's last event was of this type: that event's place in the
     * alliance's stream, plus one. Deadlines may record an overdue term or meeting before it at any moment, so the
     * number is not known in advance.
     */
    public long versionAfterLast(String alliance, Class<?> eventType) {
        return jdbc.queryForObject("""
                SELECT max(sequence_number) + 1 FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = ?""", Long.class, alliance, eventType.getName());
    }

    /** The alliance's version as its stream stands: the number of its events. */
    public long head(String alliance) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                                   alliance);
    }

    /**
     * Sends a request that must be refused, checks the answer is an RFC 9457 problem with that status and stable code,
     * and that the refusal changed nothing in the event store; returns the problem.
     */
    public JsonNode refused(int status, String code, Callable<Api.Response> request) throws Exception {
        long before = count();
        Api.Response response = request.call();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.has("type")).isTrue();
        assertThat(count()).as("the event store holds nothing new").isEqualTo(before);
        return problem;
    }
}
