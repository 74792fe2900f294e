package org.allianceledger.system;

import org.allianceledger.launcher.ServiceJvm;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both services started as ./run starts them and the Dockerfile builds them: each jar extracted, a class-data
 * sharing archive trained without a database (profile cds-training: a bean that connects while the context starts
 * would break the image build), each service in its own JVM with jvm.options, logging under its own name.
 */
class ServiceJvmTest {

    static final Path CHECKOUT = Path.of("..");

    @Test
    void eachServiceIsTrainedWithoutADatabaseThenStartsFromItsArchiveInItsOwnJvm(@TempDir Path home) throws Exception {
        String database = TestDatabase.url("service_jvm");
        List<Process> started = new ArrayList<>();
        try {
            for (String name : List.of("command-service", "query-service")) {
                ServiceJvm service = ServiceJvm.inCheckout(name, CHECKOUT, home);
                service.prepare();
                Path archive = home.resolve("jvm").resolve(name).resolve(name + ".jsa");
                assertThat(archive).isRegularFile();
                FileTime trained = Files.getLastModifiedTime(archive);
                service.prepare();
                assertThat(Files.getLastModifiedTime(archive)).as("trained again although the jar did not change")
                        .isEqualTo(trained);

                int port = freePort();
                List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                                                                 "--spring.datasource.url=" + database,
                                                                 "--logging.threshold.console=WARN"));
                for (String user : TestUsers.PROPERTIES) {
                    arguments.add("--" + user);
                }
                Process process = service.start(arguments);
                started.add(process);
                ServiceJvm.awaitHealthy(process, "http://127.0.0.1:" + port, Duration.ofMinutes(2));
                assertThat(process.info().arguments().orElseThrow())
                        .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
                assertThat(Files.readString(service.log())).contains("[" + name + "]")
                        .doesNotContain(name.equals("command-service") ? "[query-service]" : "[command-service]");
            }
        } finally {
            for (Process process : started) {
                ServiceJvm.stop(process, Duration.ofSeconds(30));
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
