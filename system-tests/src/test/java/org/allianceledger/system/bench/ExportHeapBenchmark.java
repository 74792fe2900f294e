package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Services;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports the history of one alliance of 1,000,000 events as CSV and as NDJSON from query-service running as its
 * own process with its heap capped at 256 MB, and prints the bytes, lines, time and the peak heap in use.
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.ExportHeapBenchmark
 */
public final class ExportHeapBenchmark {

    static final int EVENTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_export");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        Services.command(database, "--logging.level.root=WARN").close(); // creates the event store's tables
        seed(jdbc);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path here = Path.of(System.getProperty("user.dir"));
        Path jar = here.resolve("query-service/target/query-service.jar");
        if (!jar.toFile().exists()) {
            jar = here.getParent().resolve("query-service/target/query-service.jar");
        }
        File log = new File(System.getProperty("java.io.tmpdir"), "export-benchmark-service.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.datasource.url=" + database, "--logging.level.root=WARN"));
        for (String user : org.allianceledger.platform.testing.TestUsers.PROPERTIES) {
            command.add("--" + user);
        }
        Process service = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log).start();
        try {
            Api auditor = Api.at(port).as("auditor");
            for (int i = 0; i < 120 && !healthy(port); i++) {
                Thread.sleep(1000);
            }
            for (String format : List.of("text/csv", "application/x-ndjson")) {
                AtomicLong peak = new AtomicLong();
                AtomicBoolean running = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (running.get()) {
                        Api.Response used = Api.at(port).as("admin").get("/actuator/metrics/jvm.memory.used?tag=area:heap");
                        if (used.status() == 200) {
                            peak.accumulateAndGet((long) used.json().get("measurements").get(0).get("value").asDouble(), Math::max);
                        }
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.start();
                long start = System.nanoTime();
                HttpResponse<InputStream> response = java.net.http.HttpClient.newHttpClient().send(
                        auditor.request("/api/audit/alliances/huge/events").header("Accept", format)
                                .timeout(java.time.Duration.ofMinutes(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                long lines = 0;
                byte[] buffer = new byte[65536];
                try (InputStream in = response.body()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        bytes += n;
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                lines++;
                            }
                        }
                    }
                }
                running.set(false);
                sampler.join();
                // a header line, and a line per event (the seeded payloads have no line breaks)
                long expected = format.equals("text/csv") ? EVENTS + 1 : EVENTS;
                if (lines != expected) {
                    throw new IllegalStateException(format + " export ended after " + lines + " lines, not " + expected);
                }
                System.out.printf("%s export of %,d events: status %d, %,d bytes, %,d lines in %.1f s; peak heap used %.0f MB "
                                  + "of 256 MB%n", format, EVENTS, response.statusCode(), bytes, lines,
                                  (System.nanoTime() - start) / 1e9, peak.get() / 1048576.0);
            }
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    static boolean healthy(int port) {
        try {
            return Api.at(port).get("/actuator/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void seed(JdbcTemplate jdbc) {
        jdbc.execute("""
                INSERT INTO domain_event_entry (global_index, sequence_number, meta_data, payload, aggregate_identifier,
                    event_identifier, payload_revision, payload_type, time_stamp, type)
                SELECT nextval('domain_event_entry_seq'), 0, convert_to('{"submittedBy":"bench"}', 'UTF8'),
                       convert_to(json_build_object('allianceId', 'huge', 'name', '大型联盟', 'industryChain', 'food',
                           'region', '兖州区', 'foundedOn', '2022-01-01', 'leadingBodies', json_build_array('党工委'),
                           'charter', json_build_object('votingRule', 'SIMPLE_MAJORITY', 'quorum', 0.5,
                                                        'chairTermMonths', 2, 'voteWindowDays', 14),
                           'foundingMembers', json_build_array(json_build_object('id', 'M1', 'name', '成员一'),
                                                               json_build_object('id', 'M2', 'name', '成员二')),
                           'initialChair', 'M1')::text, 'UTF8'),
                       'huge', gen_random_uuid()::text, '1', 'org.allianceledger.events.AllianceFounded',
                       '2026-11-01T00:00:00Z', 'Alliance'""");
        jdbc.execute("""
                INSERT INTO domain_event_entry (global_index, sequence_number, meta_data, payload, aggregate_identifier,
                    event_identifier, payload_revision, payload_type, time_stamp, type)
                SELECT nextval('domain_event_entry_seq'), d,
                       convert_to('{"submittedBy":"bench","correlationId":"c' || d || '"}', 'UTF8'),
                       convert_to(json_build_object('allianceId', 'huge', 'dealId', 'd' || d, 'provider', 'M1',
                           'receiver', 'M2', 'kind', 'SUPPLY', 'subject', '大豆油, "一级" soybean oil ' || d,
                           'quantity', json_build_object('amount', 10, 'unit', 't'), 'signedOn', '2022-06-15')::text,
                           'UTF8'),
                       'huge', gen_random_uuid()::text, '1', 'org.allianceledger.events.DealRecorded',
                       '2026-11-01T00:00:00Z', 'Alliance'
                FROM generate_series(1, %d) d""".formatted(EVENTS - 1));
    }
}
