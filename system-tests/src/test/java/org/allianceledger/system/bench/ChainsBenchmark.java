package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Services;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * GET /chains on an alliance of 1,000 members and 10,000 deals, through both real services on PostgreSQL.
 * Three deal graphs: a supply network of eight tiers (deals run one or two tiers downstream, one in twenty runs
 * back upstream and makes cycles), the same without the deals upstream, and deals between random members (one
 * big cycle-ridden tangle).
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.ChainsBenchmark
 */
public final class ChainsBenchmark {

    static final int MEMBERS = 1_000;
    static final int DEALS = 10_000;
    static final int QUERIES = 200;

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_chains");
        ConfigurableApplicationContext commands = Services.command(database, "--alliance.web.max-request-bytes=1000000",
                                                                   "--logging.level.root=WARN");
        ConfigurableApplicationContext queries = Services.query(database, "--logging.level.root=WARN");
        try {
            Api operator = Services.api(commands, "operator");
            Api viewer = Services.api(queries, "viewer");
            List<String> members = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members.add(Bench.code(500_000 + i));
            }
            measure("tiered supply network", "tiered", members, operator, viewer, (random, deal) -> {
                int tier = random.nextInt(7);
                int step = random.nextInt(20) == 0 ? -1 - random.nextInt(Math.max(1, tier)) : 1 + random.nextInt(2) / 2;
                int to = Math.max(0, Math.min(7, tier + step));
                int from = tier * 125 + random.nextInt(125);
                int target = to * 125 + random.nextInt(125);
                return new int[]{from, target == from ? (target + 1) % MEMBERS : target};
            });
            measure("acyclic supply network", "acyclic", members, operator, viewer, (random, deal) -> {
                int tier = random.nextInt(7);
                int to = Math.min(7, tier + 1 + random.nextInt(4) / 3);
                return new int[]{tier * 125 + random.nextInt(125), to * 125 + random.nextInt(125)};
            });
            measure("random deals", "random", members, operator, viewer, (random, deal) -> {
                int from = random.nextInt(MEMBERS);
                int to = (from + 1 + random.nextInt(MEMBERS - 1)) % MEMBERS;
                return new int[]{from, to};
            });
        } finally {
            queries.close();
            commands.close();
        }
    }

    static void measure(String title, String alliance, List<String> members, Api operator, Api viewer, Bench.Shape shape)
            throws Exception {
        long version = Bench.dealGraph(operator, alliance, members, DEALS, shape);
        Api.Response warm = viewer.get("/api/alliances/" + alliance + "/chains?minVersion=" + version);
        for (int i = 0; i < 100; i++) { // let the JIT compile the search before measuring
            viewer.get("/api/alliances/" + alliance + "/chains");
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            Api.Response chains = viewer.get("/api/alliances/" + alliance + "/chains");
            nanos.add(System.nanoTime() - start);
            if (chains.status() != 200) {
                throw new IllegalStateException(chains.toString());
            }
        }
        var body = warm.json();
        var first = body.get("chains").get(0);
        System.out.printf("GET /chains, %s: %d members, %d deals, %d edges, %d chains, longest path %d members, "
                          + "exhaustive %s; %s%n", title, MEMBERS, DEALS, body.get("edges").size(), body.get("chains").size(),
                          first.get("paths").get(0).size(), first.get("exhaustive").asBoolean(), Bench.percentiles(nanos));
    }
}
