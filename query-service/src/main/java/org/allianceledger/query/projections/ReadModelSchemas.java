package org.allianceledger.query.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Which of the two copies of the read models queries read (active), and which one the projections write: the
 * active one, or during a rebuild the other one, being filled from the start of the event store.
 * <p>
 * The database holds the answer ({@code read_model_state}), never an instance's memory: every instance reads it
 * for each batch it writes, so none can write where queries do not read, whichever instance switched.
 */
@Component
public class ReadModelSchemas {

    /** The tables of each copy; queries read each through the view of the same name and {@code _view}. */
    static final List<String> TABLES = List.of("alliance", "alliance_version", "member", "application",
                                               "application_vote", "chair_term", "deal", "zone", "zone_alliance",
                                               "rotation_plan", "member_suspension", "motion", "motion_vote",
                                               "application_recusal", "motion_recusal", "partner_department",
                                               "instructor", "instructor_posting", "meeting", "meeting_decision",
                                               "activity", "visit", "problem", "problem_step",
                                               "revenue_report");

    private static final String STATE = """
            SELECT active, building,
                   CASE WHEN rebuild_requested_until > now() THEN rebuild_requested_by END AS rebuild_requested_by
            FROM read_model_state WHERE id = 1""";

    private final JdbcClient jdbc;

    ReadModelSchemas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The copy queries read, the one a rebuild fills (or null), and the instance starting a rebuild now (or null:
     * nobody, or its request has run out).
     */
    public record State(String active, String building, String rebuildRequestedBy) {

        /** Where projections write. */
        public String writing() {
            return building != null ? building : active;
        }

        String other() {
            return "read_a".equals(active) ? "read_b" : "read_a";
        }
    }

    /** As it stands, for status pages and checks that decide nothing by themselves. */
    public State current() {
        return read(STATE);
    }

    /**
     * For a batch of the projections, in its transaction: a switch or the start of a rebuild (which lock it for
     * update) waits until the batch has committed, and a batch that starts meanwhile waits for them and then reads
     * what they wrote. Batches do not wait for one another.
     */
    public State forBatch() {
        return read(STATE + " FOR SHARE");
    }

    /** To change it, in the caller's transaction. */
    State forUpdate() {
        return read(STATE + " FOR UPDATE");
    }

    private State read(String sql) {
        Map<String, Object> row = jdbc.sql(sql).query().singleRow();
        return new State((String) row.get("active"), (String) row.get("building"),
                         (String) row.get("rebuild_requested_by"));
    }

    /** Announces that {@code node} is starting a rebuild, for at most {@code within}: the others release to it. */
    void requestRebuild(String node, Duration within) {
        jdbc.sql("""
                UPDATE read_model_state SET rebuild_requested_by = ?,
                       rebuild_requested_until = now() + make_interval(secs => ?) WHERE id = 1""")
                .param(node).param(within.toMillis() / 1000.0).update();
    }

    /** Withdraws the request of {@code node}, if it is still there. */
    void withdrawRequest(String node) {
        jdbc.sql("""
                UPDATE read_model_state SET rebuild_requested_by = NULL, rebuild_requested_until = NULL
                WHERE id = 1 AND rebuild_requested_by = ?""").param(node).update();
    }

    /** Call inside the transaction that resets the projections: their reset handlers then clear {@code schema}. */
    void beginBuilding(String schema) {
        jdbc.sql("""
                UPDATE read_model_state SET building = ?, started_at = now(),
                       rebuild_requested_by = NULL, rebuild_requested_until = NULL WHERE id = 1""")
                .param(schema).update();
        writeTo(schema);
    }

    /**
     * A copy being rebuilt is filled without its secondary indexes (primary keys stay, for the upserts): inserting
     * a million rows and then building each index once is much cheaper than maintaining them row by row.
     */
    void dropSecondaryIndexes(String schema) {
        for (String index : secondaryIndexes(schema).keySet()) {
            jdbc.sql("DROP INDEX " + schema + "." + index).update();
        }
    }

    /** Builds in {@code schema} every secondary index {@code template} has and it lacks. */
    void createMissingIndexes(String schema, String template) {
        Map<String, String> present = secondaryIndexes(schema);
        secondaryIndexes(template).forEach((name, definition) -> {
            if (!present.containsKey(name)) {
                jdbc.sql(definition.replace(" ON " + template + ".", " ON " + schema + ".")).update();
            }
        });
    }

    private Map<String, String> secondaryIndexes(String schema) {
        Map<String, String> indexes = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :schema
                  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = CAST(:schema AS regnamespace))""")
                .param("schema", schema)
                .query(row -> {
                    indexes.put(row.getString(1), row.getString(2));
                });
        return indexes;
    }

    /** Points the views at the rebuilt copy, in the caller's transaction. */
    void switchTo(String schema) {
        for (String table : TABLES) {
            jdbc.sql("CREATE OR REPLACE VIEW public." + table + "_view AS SELECT * FROM " + schema + "." + table).update();
        }
        jdbc.sql("UPDATE read_model_state SET active = ?, building = NULL, switched_at = now() WHERE id = 1")
                .param(schema).update();
    }

    /** For the rest of the current transaction, unqualified read-model tables are those of {@code schema}. */
    void writeTo(String schema) {
        jdbc.sql("SELECT set_config('search_path', ? || ', public', true)").param(schema).query().singleRow();
    }
}
