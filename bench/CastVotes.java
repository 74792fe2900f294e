import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of CastVote on one alliance, over HTTP against a running command-service (start it with ./run).
 * Founds an alliance with ELECTORS members, files APPLICATIONS applications, and has every member vote on each,
 * from CLIENTS concurrent clients. Prints votes per second and latency percentiles.
 *
 *   java bench/CastVotes.java [baseUrl] [electors] [applications] [clients]
 *   java bench/CastVotes.java http://127.0.0.1:8081 500 4 8
 */
public class CastVotes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;
    static String auth = "Basic " + Base64.getEncoder().encodeToString("operator:operator-demo".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        int electors = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int applications = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        String alliance = "bench-" + UUID.randomUUID();
        int offset = (int) (Math.random() * 100_000_000);

        StringBuilder founders = new StringBuilder();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < electors; i++) {
            String code = code(offset + i);
            codes.add(code);
            founders.append(i == 0 ? "" : ",").append("{\"id\":\"").append(code).append("\",\"name\":\"成员").append(i).append("\"}");
        }
        post("/api/alliances", "{\"allianceId\":\"" + alliance + "\",\"name\":\"基准联盟\",\"industryChain\":\"bench\","
             + "\"region\":\"兖州区\",\"foundedOn\":\"2022-04-21\",\"charter\":{\"votingRule\":\"SIMPLE_MAJORITY\","
             + "\"quorum\":0.5,\"chairTermMonths\":2,\"voteWindowDays\":14},\"foundingMembers\":[" + founders
             + "],\"initialChair\":\"" + codes.get(0) + "\"}", 201);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int a = 0; a < applications; a++) {
            String app = "app-" + a;
            post("/api/alliances/" + alliance + "/applications", "{\"applicationId\":\"" + app + "\",\"filedOn\":\"2022-07-20\","
                 + "\"enterprise\":{\"id\":\"" + code(offset + electors + a) + "\",\"name\":\"申请人\"}}", 201);
            List<Future<?>> votes = new ArrayList<>();
            for (String voter : codes) {
                votes.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    post("/api/alliances/" + alliance + "/applications/" + app + "/votes",
                         "{\"voter\":\"" + voter + "\",\"decision\":\"FOR\",\"castOn\":\"2022-08-05\"}", 200);
                    latencies.add(System.nanoTime() - t);
                    return null;
                }));
            }
            for (Future<?> vote : votes) {
                vote.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d CastVote commands on one alliance (%d members) from %d clients in %.1f s: %.0f votes/s; "
                          + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                          sorted.size(), electors, clients, seconds, sorted.size() / seconds,
                          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    static void post(String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
    }

    /** A checksum-valid Unified Social Credit Code in Yanzhou District. */
    static String code(int n) {
        String body = "91370812" + String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
