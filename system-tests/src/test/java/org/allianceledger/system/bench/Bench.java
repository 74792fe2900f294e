package org.allianceledger.system.bench;

import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the benchmarks share: made-up members, founding, deal graphs, and latency statistics. */
final class Bench {

    private Bench() {
    }

    /** A checksum-valid Unified Social Credit Code in Yanzhou District. */
    static String code(int n) {
        return UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", n));
    }

    static void found(Api operator, String alliance, List<String> members, String foundedOn) {
        List<Map<String, Object>> founders = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            founders.add(Map.of("id", members.get(i), "name", "成员企业" + i, "industry", "food"));
        }
        Api.Response founded = operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "基准联盟 " + alliance, "industryChain", "food", "region", "兖州区",
                "foundedOn", foundedOn,
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", founders, "initialChair", members.get(0)));
        if (founded.status() != 201) {
            throw new IllegalStateException(founded.toString());
        }
    }

    static final String[] KINDS = {"SUPPLY", "DISTRIBUTION", "LONG_TERM_AGREEMENT", "TECHNICAL_SERVICE"};

    /** Who deals with whom: the indexes of the provider and the receiver among the members, for the deal-th deal. */
    interface Shape {
        int[] pick(Random random, int deal);
    }

    /**
     * Founds the alliance and records {@code deals} deals of the shape over HTTP, four clients at once; answers the
     * alliance's version after the last.
     */
    static long dealGraph(Api operator, String alliance, List<String> members, int deals, Shape shape) throws Exception {
        found(operator, alliance, members, "2026-01-01");
        Random random = new Random(42);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Response>> recorded = new ArrayList<>();
        for (int d = 0; d < deals; d++) {
            int[] pair = shape.pick(random, d);
            var body = deal("d" + d, members.get(pair[0]), members.get(pair[1]), KINDS[d % KINDS.length]);
            recorded.add(pool.submit(() -> operator.post("/api/alliances/" + alliance + "/deals", body)));
        }
        long version = 0;
        for (Future<Api.Response> response : recorded) {
            Api.Response answer = response.get();
            if (answer.status() != 201) {
                throw new IllegalStateException(answer.toString());
            }
            version = Math.max(version, answer.json().get("version").asLong());
        }
        pool.shutdown();
        return version;
    }

    static Map<String, Object> deal(String id, String from, String to, String kind) {
        return Map.of("dealId", id, "from", from, "to", to, "kind", kind, "subject", "供货 " + id);
    }

    /** "p50 12.3 ms, p95 ..." of nanosecond samples. */
    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
                             at(sorted, 50), at(sorted, 95), at(sorted, 99), sorted.get(sorted.size() - 1) / 1e6,
                             sorted.size());
    }

    static double at(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1)) / 1e6;
    }

    static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6;
    }
}
