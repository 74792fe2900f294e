package org.allianceledger.system.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's raw ordered read of an event store, as a projection would read it with nothing done to the rows:
 * the statement of /work/shared/bench/pgbench's replay.sql (100 events per query by global position, every
 * column), prepared once, over one connection, each column fetched into Java.
 */
final class RawOrderedRead {

    private static final String PAGE = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                   payload_revision, payload, meta_data, time_stamp
            FROM domain_event_entry WHERE global_index > ? ORDER BY global_index ASC LIMIT 100""";

    private RawOrderedRead() {
    }

    /** Reads the first {@code events} events in order and answers events per second. */
    static double eventsPerSecond(String url, String user, long events) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             PreparedStatement page = connection.prepareStatement(PAGE)) {
            long read = 0;
            long position = -1;
            long bytes = 0;
            long start = System.nanoTime();
            while (read < events) {
                page.setLong(1, position);
                int rows = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next() && read < events) {
                        position = result.getLong(1);
                        bytes += result.getString(2).length() + result.getString(3).length() + result.getLong(4)
                                 + result.getString(5).length() + result.getString(6).length()
                                 + result.getString(7).length() + result.getBytes(8).length
                                 + result.getBytes(9).length + result.getString(10).length();
                        rows++;
                        read++;
                    }
                }
                if (rows == 0) {
                    throw new IllegalStateException("the store holds only " + read + " events, not " + events);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (bytes == 0) {
                throw new IllegalStateException("read no data");
            }
            return read / seconds;
        }
    }
}
