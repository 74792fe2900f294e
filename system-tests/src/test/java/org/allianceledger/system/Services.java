package org.allianceledger.system;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestUsers;
import org.allianceledger.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** Starts the real services, as their jars would, on random ports against one test database. */
public final class Services {

    private Services() {
    }

    public static ConfigurableApplicationContext command(String databaseUrl, String... extra) {
        return start(CommandServiceApplication.class, CommandServiceApplication.CONFIG_NAMES, databaseUrl,
                     concat(extra, "--alliance.deadlines.polling-interval=200ms"));
    }

    public static ConfigurableApplicationContext query(String databaseUrl, String... extra) {
        return start(QueryServiceApplication.class, QueryServiceApplication.CONFIG_NAMES, databaseUrl, extra);
    }

    public static Api api(ConfigurableApplicationContext service, String user) {
        return Api.at(((WebServerApplicationContext) service).getWebServer().getPort()).as(user);
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configNames, String databaseUrl,
                                                        String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl));
        for (String user : TestUsers.PROPERTIES) {
            args.add("--" + user);
        }
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(application).properties(configNames).run(args.toArray(String[]::new));
    }

    private static String[] concat(String[] given, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(List.of(given));
        return all.toArray(String[]::new);
    }
}
