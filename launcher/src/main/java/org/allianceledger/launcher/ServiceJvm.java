package org.allianceledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service as its own JVM, started the way docs/operations.md describes for production: the JVM options of
 * {@code jvm.options}, the jar extracted (classes load from plain jars, not nested ones) and a class-data sharing
 * archive made by a training run that stops once the application context is refreshed. The archive is made
 * again whenever the service's jar is newer; a JVM that cannot use it just starts without it.
 */
public final class ServiceJvm {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path options;
    private final Path directory;

    /**
     * @param jar       the service's executable jar (e.g. command-service/target/command-service.jar)
     * @param options   the JVM options file, passed to java as an argument file
     * @param directory where the extracted jar, its archive and the log are kept
     */
    public ServiceJvm(String name, Path jar, Path options, Path directory) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.options = options.toAbsolutePath();
        this.directory = directory.toAbsolutePath();
    }

    /** The service under {@code home}, built in this checkout. */
    public static ServiceJvm inCheckout(String name, Path checkout, Path home) {
        return new ServiceJvm(name, checkout.resolve(name).resolve("target").resolve(name + ".jar"),
                              checkout.resolve("jvm.options"), home.resolve("jvm").resolve(name));
    }

    public String name() {
        return name;
    }

    public Path log() {
        return directory.resolve(name + ".log");
    }

    private Path extracted() {
        return directory.resolve("app").resolve("app.jar");
    }

    private Path archive() {
        return directory.resolve(name + ".jsa");
    }

    /**
     * Extracts the jar and makes the archive if the jar changed since, as the Dockerfile does: the training run
     * uses the profile cds-training, which connects to no database.
     */
    public void prepare() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests install)");
        }
        if (Files.isRegularFile(archive())
            && Files.getLastModifiedTime(archive()).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return;
        }
        System.out.println("Preparing " + name + " to start fast (after each build): extracting its jar and training "
                           + "its class-data sharing archive...");
        Files.createDirectories(directory);
        Files.deleteIfExists(archive());
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                    "--destination", extracted().getParent().toString(), "--application-filename",
                    extracted().getFileName().toString()), "extracting " + jar);
        run(List.of(java(), "@" + options, "-XX:ArchiveClassesAtExit=" + archive(), "-Dspring.context.exit=onRefresh",
                    "-jar", extracted().toString(), "--spring.profiles.active=cds-training"),
            "the class-data sharing training run");
    }

    /** Starts the service; its log goes to {@link #log()}, warnings and errors to the console as well. */
    public Process start(List<String> arguments) throws IOException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of(java(), "@" + options));
        if (Files.isRegularFile(archive())) {
            command.add("-XX:SharedArchiveFile=" + archive());
        }
        command.add("-jar");
        command.add((Files.isRegularFile(extracted()) ? extracted() : jar).toString());
        command.add("--logging.file.name=" + log());
        command.addAll(arguments);
        return new ProcessBuilder(command).inheritIO().start();
    }

    /** Waits until the service answers its health check, or fails if it died or took longer than the limit. */
    public static void awaitHealthy(Process process, String baseUrl, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not healthy after " + limit);
            }
            Thread.sleep(50);
        }
    }

    /** Stops it as a container runtime would: SIGTERM, then SIGKILL if it has not stopped within the grace time. */
    public static void stop(Process process, Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void run(List<String> command, String what) throws IOException, InterruptedException {
        Path output = directory.resolve(name + "-prepare.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(name + ": " + what + " failed; see " + output);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public String toString() {
        return name + " (" + jar.getFileName() + ")";
    }
}
