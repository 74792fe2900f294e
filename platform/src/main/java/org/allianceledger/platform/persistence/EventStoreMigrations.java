package org.allianceledger.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Axon's tables (event store, snapshots, tokens, sagas, dead letters), which both services' Hibernate validation
 * needs: the migrations in {@code db/eventstore}, applied by command-service alone and recorded in its Flyway
 * history table. query-service migrates its own tables only once these are all applied.
 */
public final class EventStoreMigrations {

    public static final String LOCATION = "classpath:db/eventstore";

    /** command-service's Flyway history table ({@code spring.flyway.table} in command-service.yml). */
    public static final String OWNER_HISTORY_TABLE = "flyway_history_command";

    private EventStoreMigrations() {
    }

    /**
     * Which of the event store's migrations command-service has not applied to this database yet (all of them, or
     * their versions and names); empty once it has applied every one.
     */
    public static Optional<String> notYetApplied(DataSource dataSource) {
        if (!ownerHasMigrated(dataSource)) {
            return Optional.of("all of " + LOCATION);
        }
        MigrationInfo[] pending = Flyway.configure().dataSource(dataSource).locations(LOCATION)
                .table(OWNER_HISTORY_TABLE).load().info().pending();
        return pending.length == 0 ? Optional.empty() : Optional.of(Arrays.stream(pending)
                .map(m -> "V" + m.getVersion() + " " + m.getDescription()).collect(Collectors.joining(", ")));
    }

    /** Whether command-service's history table exists, asked without Flyway, which logs every look it takes. */
    private static boolean ownerHasMigrated(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT to_regclass('" + OWNER_HISTORY_TABLE + "') IS NOT NULL")) {
            return found.next() && found.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables", e);
        }
    }
}
