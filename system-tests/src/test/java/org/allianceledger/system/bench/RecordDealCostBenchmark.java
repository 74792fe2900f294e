package org.allianceledger.system.bench;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.system.Services;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RecordDeal on an alliance with 100,000 recorded deals against one freshly founded, over HTTP on the real
 * command-service. The long history is written through Axon's event store (same serializer, same tables) rather
 * than through 100,000 HTTP requests; the first command on it then replays it once and takes a snapshot, as a
 * live alliance would have had all along.
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.RecordDealCostBenchmark
 */
public final class RecordDealCostBenchmark {

    static final int HISTORY = 100_000;
    static final int MEASURED = 600;

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_record_deal");
        ConfigurableApplicationContext service = Services.command(database, "--logging.level.root=WARN");
        try {
            Api operator = Services.api(service, "operator");
            List<String> members = List.of(Bench.code(700_001), Bench.code(700_002), Bench.code(700_003), Bench.code(700_004));
            String today = BusinessCalendar.today().toString();
            Bench.found(operator, "fresh", members, today);
            Bench.found(operator, "history", members, today);
            seed(service, "history", members);

            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            record(operator, "history", members, "prime-history"); // replays the history once, then snapshots it
            record(operator, "fresh", members, "prime-fresh");
            awaitSnapshot(jdbc, "history");

            List<Long> fresh = new ArrayList<>();
            List<Long> history = new ArrayList<>();
            for (int i = 0; i < 200; i++) { // warm-up, then measured rounds, alternating between the two
                record(operator, i % 2 == 0 ? "fresh" : "history", members, "warm-" + i);
            }
            for (int i = 0; i < MEASURED; i++) {
                history.add(record(operator, "history", members, "m-" + i));
                fresh.add(record(operator, "fresh", members, "m-" + i));
            }
            System.out.printf("RecordDeal, fresh alliance:           mean %.2f ms; %s%n", Bench.mean(fresh), Bench.percentiles(fresh));
            System.out.printf("RecordDeal, %,d deals recorded: mean %.2f ms; %s%n", HISTORY, Bench.mean(history),
                              Bench.percentiles(history));
            System.out.printf("ratio of means %.2f, of medians %.2f%n", Bench.mean(history) / Bench.mean(fresh),
                              median(history) / median(fresh));
        } finally {
            service.close();
        }
    }

    static long record(Api operator, String alliance, List<String> members, String id) {
        int a = Math.abs(id.hashCode()) % members.size();
        Map<String, Object> deal = Bench.deal(id, members.get(a), members.get((a + 1) % members.size()), "SUPPLY");
        long start = System.nanoTime();
        Api.Response response = operator.post("/api/alliances/" + alliance + "/deals", deal);
        long took = System.nanoTime() - start;
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return took;
    }

    static void seed(ConfigurableApplicationContext service, String alliance, List<String> members) {
        EventStore events = service.getBean(EventStore.class);
        TransactionTemplate transactions = service.getBean(TransactionTemplate.class);
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        long next = events.lastSequenceNumberFor(alliance).orElseThrow() + 1;
        LocalDate signed = BusinessCalendar.today();
        for (int batch = 0; batch < HISTORY / 1000; batch++) {
            List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
            List<Object[]> ids = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int n = batch * 1000 + i;
                String id = "seed-" + n;
                messages.add(new GenericDomainEventMessage<>("Alliance", alliance, next++, new DealRecorded(
                        alliance, id, members.get(n % 4), members.get((n + 1) % 4), DealKind.SUPPLY, "供货 " + id,
                        null, null, null, signed, null), MetaData.with("submittedBy", "bench-seed")));
                ids.add(new Object[]{alliance, id, "seeded", next - 1});
            }
            transactions.executeWithoutResult(status -> {
                events.publish(messages);
                jdbc.batchUpdate("INSERT INTO recorded_deal (alliance_id, deal_id, fingerprint, version) VALUES (?, ?, ?, ?)", ids);
            });
        }
    }

    static void awaitSnapshot(JdbcTemplate jdbc, String alliance) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Long seq = jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                           Long.class, alliance);
            if (seq != null && seq >= HISTORY) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No snapshot of " + alliance + " within a minute");
    }

    static double median(List<Long> nanos) {
        return Bench.at(new ArrayList<>(nanos.stream().sorted().toList()), 50);
    }
}
