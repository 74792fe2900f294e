package org.allianceledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Takes operators' commands over REST and records them as events of the Alliance aggregate. */
@SpringBootApplication(scanBasePackages = {"org.allianceledger.platform", "org.allianceledger.command"})
public class CommandServiceApplication {

    /** Shared defaults first, then this service's own: both services can share one classpath in tests. */
    public static final String CONFIG_NAMES = "spring.config.name=platform,command-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class).properties(CONFIG_NAMES).run(args);
    }
}
