package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Services;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * GET /chains/layout on an alliance of 1,000 members and 10,000 deals (ChainsBenchmark's three deal graphs), and on
 * one the size of the largest picture drawn whole (100 members, 200 pairs of random deals), through both real
 * services on PostgreSQL; GET /chains in the same run for reference.
 *
 *   ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.ChainLayoutBenchmark
 */
public final class ChainLayoutBenchmark {

    static final int QUERIES = Integer.getInteger("queries", 100);

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_layout");
        ConfigurableApplicationContext commands = Services.command(database, "--alliance.web.max-request-bytes=1000000",
                                                                   "--logging.level.root=WARN");
        ConfigurableApplicationContext queries = Services.query(database, "--logging.level.root=WARN");
        try {
            Api operator = Services.api(commands, "operator");
            Api viewer = Services.api(queries, "viewer");
            List<String> members = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                members.add(Bench.code(600_000 + i));
            }
            measure("tiered supply network", "tiered", members, 10_000, operator, viewer, (random, deal) -> {
                int tier = random.nextInt(7);
                int step = random.nextInt(20) == 0 ? -1 - random.nextInt(Math.max(1, tier)) : 1 + random.nextInt(2) / 2;
                int to = Math.max(0, Math.min(7, tier + step));
                int from = tier * 125 + random.nextInt(125);
                int target = to * 125 + random.nextInt(125);
                return new int[]{from, target == from ? (target + 1) % 1_000 : target};
            });
            measure("acyclic supply network", "acyclic", members, 10_000, operator, viewer, (random, deal) -> {
                int tier = random.nextInt(7);
                int to = Math.min(7, tier + 1 + random.nextInt(4) / 3);
                return new int[]{tier * 125 + random.nextInt(125), to * 125 + random.nextInt(125)};
            });
            measure("random deals", "random", members, 10_000, operator, viewer, (random, deal) -> {
                int from = random.nextInt(1_000);
                return new int[]{from, (from + 1 + random.nextInt(999)) % 1_000};
            });
            measure("random deals at the cap", "cap", members.subList(0, 100), 200, operator, viewer, (random, deal) -> {
                int from = random.nextInt(100);
                return new int[]{from, (from + 1 + random.nextInt(99)) % 100};
            });
        } finally {
            queries.close();
            commands.close();
        }
    }

    static void measure(String title, String alliance, List<String> members, int deals, Api operator, Api viewer,
                        Bench.Shape shape) throws Exception {
        long version = Bench.dealGraph(operator, alliance, members, deals, shape);
        viewer.get("/api/alliances/" + alliance + "/chains?minVersion=" + version);
        String layoutPath = "/api/alliances/" + alliance + "/chains/layout";
        for (int i = 0; i < 30; i++) { // let the JIT compile ELK before measuring
            viewer.get(layoutPath);
            viewer.get("/api/alliances/" + alliance + "/chains");
        }
        List<Long> layout = new ArrayList<>(), chains = new ArrayList<>();
        Api.Response last = null;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            last = viewer.get(layoutPath);
            layout.add(System.nanoTime() - start);
            if (last.status() != 200) {
                throw new IllegalStateException(last.toString());
            }
            start = System.nanoTime();
            Api.Response plain = viewer.get("/api/alliances/" + alliance + "/chains");
            chains.add(System.nanoTime() - start);
            if (plain.status() != 200) {
                throw new IllegalStateException(plain.toString());
            }
        }
        var body = last.json();
        System.out.printf("%s: %d members, %d deals; picture: truncated %s, %d of %d members, %d of %d pairs, %d of %d "
                          + "chains, %.0f x %.0f px%n  GET /chains/layout %s%n  GET /chains        %s%n", title,
                          members.size(), deals, body.get("truncated").asBoolean(), body.get("shownMembers").asInt(),
                          body.get("totalMembers").asInt(), body.get("shownEdges").asInt(), body.get("totalEdges").asInt(),
                          body.get("shownChains").asInt(), body.get("totalChains").asInt(), body.get("width").asDouble(),
                          body.get("height").asDouble(), Bench.percentiles(layout), Bench.percentiles(chains));
    }
}
