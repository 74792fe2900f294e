package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Services;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds every read model from 1,000,000 events (100 alliances of 20 members, each with 9,999 deals) and prints
 * events per second: once as query-service's first catch-up on a full store, then three times (-Drebuilds=n)
 * through POST /rebuild, with the median (-Dalliances and -Ddeals make the store smaller).
 * The events are written straight into the event store's table, in the serializer's JSON, to keep set-up short.
 * Before each rebuild, PostgreSQL's raw ordered read of the same events ({@link RawOrderedRead}) is timed, and once
 * pgbench's {@code replay.sql 1 t10000} (-Dpgbench=path of the shared kit, or "none"), so that the rebuild prints as
 * a ratio of the database's own rate in the same run.
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.RebuildBenchmark
 */
public final class RebuildBenchmark {

    /** Smaller stores for a quick comparison: -Dalliances=n, -Ddeals=n (per alliance). */
    static final int ALLIANCES = Integer.getInteger("alliances", 100);
    static final int DEALS_PER_ALLIANCE = Integer.getInteger("deals", 9_999);
    static final long EVENTS = ALLIANCES * (1L + DEALS_PER_ALLIANCE);
    static final int REBUILDS = Integer.getInteger("rebuilds", 3);
    static final String PGBENCH = System.getProperty("pgbench", "/work/shared/bench/pgbench");

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_rebuild");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        Services.command(database, "--logging.level.root=WARN").close(); // creates the event store's tables
        long seeding = System.nanoTime();
        seed(jdbc);
        System.out.printf("seeded %,d events in %.1f s%n", EVENTS, (System.nanoTime() - seeding) / 1e9);
        jdbc.execute("VACUUM ANALYZE domain_event_entry"); // as pgbench's load does; sets the rows' hint bits
        double pgbench = PGBENCH.equals("none") ? -1 : PgbenchReplay.eventsPerSecond(
                java.nio.file.Path.of(PGBENCH), jdbc.queryForObject("SELECT current_database()", String.class) + "_pgbench",
                TestDatabase.HOST, TestDatabase.PORT, TestDatabase.USER);
        System.out.printf("raw ordered read (warm-up): %,.0f events/s%n", RawOrderedRead.eventsPerSecond(database, TestDatabase.USER, EVENTS));
        long start = System.nanoTime();
        // arguments go to query-service, to try settings: -Dexec.args="--axon.eventhandling.processors.projections.thread-count=3"
        List<String> settings = new ArrayList<>(List.of("--logging.level.root=WARN"));
        settings.addAll(List.of(args));
        ConfigurableApplicationContext service = Services.query(database, settings.toArray(String[]::new));
        try {
            Api admin = Services.api(service, "admin");
            awaitCaughtUp(admin);
            double first = (System.nanoTime() - start) / 1e9;
            System.out.printf("first catch-up: %,d events in %.1f s: %,.0f events/s%n", EVENTS, first, EVENTS / first);

            // several rebuilds, as the rate on this shared machine varies from one minute to the next
            List<Double> rates = new ArrayList<>();
            List<Double> raws = new ArrayList<>();
            for (int i = 1; i <= REBUILDS; i++) {
                double raw = RawOrderedRead.eventsPerSecond(database, TestDatabase.USER, EVENTS);
                raws.add(raw);
                System.out.printf("raw ordered read %d of %d: %,.0f events/s%n", i, REBUILDS, raw);
                String readFrom = status(admin).get("readFrom").asString();
                start = System.nanoTime();
                admin.post("/api/admin/projections/rebuild");
                while (status(admin).get("readFrom").asString().equals(readFrom)) {
                    Thread.sleep(200);
                }
                double rebuild = (System.nanoTime() - start) / 1e9;
                rates.add(EVENTS / rebuild);
                System.out.printf("rebuild %d of %d: %,d events in %.1f s: %,.0f events/s, %.2fx the raw read%n", i,
                                  REBUILDS, EVENTS, rebuild, EVENTS / rebuild, EVENTS / rebuild / raw);
            }
            rates.sort(null);
            raws.sort(null);
            double median = rates.get(rates.size() / 2);
            double rawMedian = raws.get(raws.size() / 2);
            System.out.printf("rebuild: median %,.0f events/s (lowest %,.0f, highest %,.0f)%n", median,
                              rates.get(0), rates.get(rates.size() - 1));
            System.out.printf("raw ordered read of the same store: median %,.0f events/s; rebuild %.2fx, first catch-up %.2fx%n",
                              rawMedian, median / rawMedian, EVENTS / first / rawMedian);
            if (pgbench > 0) {
                System.out.printf("pgbench replay.sql 1 t10000: %,.0f events/s; rebuild %.2fx, first catch-up %.2fx%n",
                                  pgbench, median / pgbench, EVENTS / first / pgbench);
            }
        } finally {
            service.close();
        }
    }

    static JsonNode status(Api admin) {
        return admin.get("/api/admin/projections").json().get("projections").get(0);
    }

    static void awaitCaughtUp(Api admin) throws InterruptedException {
        while (true) {
            JsonNode status = status(admin);
            if (status.has("position") && status.get("position").asLong() >= status.get("head").asLong()
                && status.get("segments").size() > 0) {
                return;
            }
            Thread.sleep(200);
        }
    }

    static void seed(JdbcTemplate jdbc) {
        jdbc.execute("""
                INSERT INTO domain_event_entry (global_index, sequence_number, meta_data, payload, aggregate_identifier,
                    event_identifier, payload_revision, payload_type, time_stamp, type)
                SELECT nextval('domain_event_entry_seq'), 0, convert_to('{"submittedBy":"bench"}', 'UTF8'),
                       convert_to(json_build_object(
                           'allianceId', 'bench-' || a, 'name', '基准联盟 ' || a, 'industryChain', 'food',
                           'region', '兖州区', 'foundedOn', '2022-01-01', 'leadingBodies', json_build_array('党工委'),
                           'charter', json_build_object('votingRule', 'SIMPLE_MAJORITY', 'quorum', 0.5,
                                                        'chairTermMonths', 2, 'voteWindowDays', 14),
                           'foundingMembers', (SELECT json_agg(json_build_object('id', 'M' || a || '-' || m,
                                                   'name', '成员企业' || m, 'industry', 'food'))
                                               FROM generate_series(1, 20) m),
                           'initialChair', 'M' || a || '-1')::text, 'UTF8'),
                       'bench-' || a, gen_random_uuid()::text, '1', 'org.allianceledger.events.AllianceFounded',
                       '2026-11-01T00:00:00Z', 'Alliance'
                FROM generate_series(1, %d) a""".formatted(ALLIANCES));
        // deals interleaved across alliances, as they would arrive
        jdbc.execute("""
                INSERT INTO domain_event_entry (global_index, sequence_number, meta_data, payload, aggregate_identifier,
                    event_identifier, payload_revision, payload_type, time_stamp, type)
                SELECT nextval('domain_event_entry_seq'), d, convert_to('{"submittedBy":"bench"}', 'UTF8'),
                       convert_to(json_build_object(
                           'allianceId', 'bench-' || a, 'dealId', 'd' || d, 'provider', 'M' || a || '-' || (1 + d %% 20),
                           'receiver', 'M' || a || '-' || (1 + (d * 7 + 3) %% 20), 'kind', 'SUPPLY',
                           'subject', '供货 ' || d, 'quantity', json_build_object('amount', 10, 'unit', 'TNE'),
                           'recurrence', 'MONTHLY', 'valueCny', null, 'signedOn', '2022-06-15', 'brokeredBy', null)::text,
                           'UTF8'),
                       'bench-' || a, gen_random_uuid()::text, '2', 'org.allianceledger.events.DealRecorded',
                       '2026-11-01T00:00:00Z', 'Alliance'
                FROM generate_series(1, %d) d, generate_series(1, %d) a
                ORDER BY d, a""".formatted(DEALS_PER_ALLIANCE, ALLIANCES));
    }
}
