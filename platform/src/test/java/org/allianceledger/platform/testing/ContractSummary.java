package org.allianceledger.platform.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * At the end of a test JVM, says how many answers were held to the published documents, on the console and in
 * target/openapi-validated.txt (registered in META-INF/services, so every module using the test helpers has it).
 */
public class ContractSummary implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        int answers = PublishedContract.ANSWERS.get();
        int withoutBody = PublishedContract.WITHOUT_BODY.get();
        if (answers + withoutBody == 0) {
            return;
        }
        String line = "OpenAPI: " + (answers + withoutBody) + " answers validated against the published documents ("
                      + withoutBody + " of them streams or HEAD: status, media type and headers)";
        System.out.println(line);
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("openapi-validated.txt"), line + System.lineSeparator());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
