package org.allianceledger.query.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Which of the two copies of the read models queries read (active), and which one the projections write: the
 * active one, or during a rebuild the other one, being filled from the start of the event store.
 */
@Component
public class ReadModelSchemas {

    static final List<String> TABLES = List.of("alliance_view", "alliance_version", "member_view", "application_view",
                                               "application_vote_view", "chair_term", "deal_view");

    private final JdbcClient jdbc;
    private volatile String active;
    private volatile String building;

    ReadModelSchemas(JdbcClient jdbc) {
        this.jdbc = jdbc;
        Map<String, Object> state = jdbc.sql("SELECT active, building FROM read_model_state WHERE id = 1")
                .query().singleRow();
        this.active = (String) state.get("active");
        this.building = (String) state.get("building");
    }

    public String active() {
        return active;
    }

    public String building() {
        return building;
    }

    /** Where projections write now. */
    public String writing() {
        String rebuilding = building;
        return rebuilding != null ? rebuilding : active;
    }

    String other() {
        return "read_a".equals(active) ? "read_b" : "read_a";
    }

    /** Call inside the transaction that resets the projections: their reset handlers then clear {@code schema}. */
    void beginBuilding(String schema) {
        jdbc.sql("UPDATE read_model_state SET building = ?, started_at = now() WHERE id = 1").param(schema).update();
        writeTo(schema);
        building = schema;
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

    /** Builds in {@code schema} every secondary index the active copy has and it lacks. */
    void createMissingIndexes(String schema) {
        Map<String, String> present = secondaryIndexes(schema);
        secondaryIndexes(active).forEach((name, definition) -> {
            if (!present.containsKey(name)) {
                jdbc.sql(definition.replace(" ON " + active + ".", " ON " + schema + ".")).update();
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
            jdbc.sql("CREATE OR REPLACE VIEW public." + table + " AS SELECT * FROM " + schema + "." + table).update();
        }
        jdbc.sql("UPDATE read_model_state SET active = ?, building = NULL, switched_at = now() WHERE id = 1")
                .param(schema).update();
    }

    void switched(String schema) {
        active = schema;
        building = null;
    }

    /** For the rest of the current transaction, unqualified read-model tables are those of {@code schema}. */
    void writeTo(String schema) {
        jdbc.sql("SELECT set_config('search_path', ? || ', public', true)").param(schema).query().singleRow();
    }
}
