package org.allianceledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Projects the event store into read models for dashboards and auditors, and answers queries on them. */
@SpringBootApplication(scanBasePackages = {"org.allianceledger.platform", "org.allianceledger.query"})
public class QueryServiceApplication {

    /** Shared defaults first, then this service's own: both services can share one classpath in tests. */
    public static final String CONFIG_NAMES = "spring.config.name=platform,query-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(QueryServiceApplication.class).properties(CONFIG_NAMES).run(args);
    }
}
