package org.allianceledger.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference issue 16 names for a rebuild: pgbench's {@code replay.sql 1 t10000} (the first million events of
 * its own 1 KB-event table, read once, 100 per query) run by the shared pgbench kit's bench.sh, on a scratch database
 * loaded from its schema.sql and load.sql (once: reused while it holds its million events).
 */
final class PgbenchReplay {

    private static final Pattern TPS = Pattern.compile("tps=([0-9.]+)");

    private PgbenchReplay() {
    }

    /** Events per second, or -1 when the kit or pgbench is not there. */
    static double eventsPerSecond(Path kit, String database, String host, String port, String user)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(kit.resolve("bench.sh"))) {
            return -1;
        }
        Path copy = Files.createTempDirectory("pgbench");
        for (String file : List.of("bench.sh", "replay.sql", "schema.sql", "load.sql")) {
            Files.copy(kit.resolve(file), copy.resolve(file));
        }
        copy.resolve("bench.sh").toFile().setExecutable(true);
        String psql = "psql -q -X -h " + host + " -p " + port + " -U " + user;
        String events = run(copy, psql + " -d " + database + " -tAc 'SELECT count(*) FROM domain_event_entry' 2>/dev/null || true").trim();
        if (!events.equals("1000000")) {
            System.out.println("loading pgbench's 1,000,000 events into " + database + " (about 40 s)");
            run(copy, psql + " -d postgres -c 'DROP DATABASE IF EXISTS " + database + "' -c 'CREATE DATABASE " + database + "'"
                      + " && " + psql + " -d " + database + " -f schema.sql -f load.sql");
        }
        String line = run(copy, "PGPORT=" + port + " DB=" + database + " ./bench.sh replay.sql 1 t10000");
        System.out.print("pgbench: " + line);
        Matcher tps = TPS.matcher(line);
        if (!tps.find()) {
            throw new IllegalStateException("bench.sh printed no tps: " + line);
        }
        return Double.parseDouble(tps.group(1)) * 100; // 100 events a transaction
    }

    private static String run(Path directory, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output;
    }
}
