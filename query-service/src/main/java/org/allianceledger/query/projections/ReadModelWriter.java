package org.allianceledger.query.projections;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How projections write their read models. A live event's statements run at once (behind the handler's
 * savepoint, so a failing event can be parked); a replayed event's are kept until the batch commits and then
 * sent together, consecutive writes of the same SQL in one go, in order: updates as JDBC batches, inserted rows
 * as one {@code COPY}. A rebuild then costs a handful of round trips per batch instead of several per event.
 * <p>
 * When a replayed batch's writes fail (an event no projection can apply), the batch is rolled back and the
 * processor retries it; its events then write at once, like live ones, so that the one that fails is parked and
 * the rest go on.
 */
@Component
public class ReadModelWriter {

    private static final Logger log = LoggerFactory.getLogger(ReadModelWriter.class);
    private static final String PENDING = "read-model-writes";

    private final JdbcTemplate jdbc;
    /** Identifiers of replayed events whose batch failed to write, until they are written one by one. */
    private final Set<String> retrying = ConcurrentHashMap.newKeySet();

    ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A read model's table and the columns a projection inserts rows with. */
    public static final class Table {

        private final String name;
        private final List<String> columns;
        private final String insert;
        private final String copy;

        public Table(String name, String... columns) {
            this.name = name;
            this.columns = List.of(columns);
            String list = String.join(", ", columns);
            this.insert = "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT DO NOTHING"
                    .formatted(name, list, String.join(", ", Collections.nCopies(columns.length, "?")));
            this.copy = "COPY %s (%s) FROM STDIN (FORMAT csv)".formatted(name, list);
        }
    }

    private record Write(String sql, Object[] args, boolean copy, String eventId) {
    }

    public void update(String sql, Object... args) {
        if (defers()) {
            pending().add(new Write(sql, args, false, currentEventId()));
        } else {
            jdbc.update(sql, args);
        }
    }

    /**
     * Inserts a row, unless one with the same key is there. A replay fills tables its reset emptied, where no
     * key can be there yet, so replayed rows go in by {@code COPY}, which costs the database less per row.
     */
    public void insert(Table table, Object... values) {
        if (values.length != table.columns.size()) {
            throw new IllegalArgumentException(table.name + " takes " + table.columns + ", not " + Arrays.toString(values));
        }
        if (defers()) {
            pending().add(new Write(table.copy, values, true, currentEventId()));
        } else {
            jdbc.update(table.insert, values);
        }
    }

    /** Whether the event being handled is replayed and its writes wait for its batch's commit. */
    public boolean defers() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        EventMessage<?> event = (EventMessage<?>) unitOfWork.getMessage();
        // a parked event being retried is written at once: if it fails again, it goes back to the queue alone
        if (!ReplayToken.isReplay(event) || unitOfWork.root().resources().containsKey(DeadLetter.class.getName())) {
            return false;
        }
        if (!retrying.isEmpty() && retrying.contains(event.getIdentifier())) {
            unitOfWork.root().afterCommit(batch -> retrying.remove(event.getIdentifier()));
            return false;
        }
        return true;
    }

    private static String currentEventId() {
        return CurrentUnitOfWork.get().getMessage().getIdentifier();
    }

    private List<Write> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            List<Write> writes = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> flush(writes));
            return writes;
        });
    }

    private void flush(List<Write> writes) {
        try {
            send(writes);
        } catch (RuntimeException e) {
            writes.forEach(write -> retrying.add(write.eventId()));
            log.warn("A replayed batch failed to write; it will be retried event by event, to park the event that fails", e);
            throw e;
        }
    }

    private void send(List<Write> writes) {
        int from = 0;
        while (from < writes.size()) {
            Write first = writes.get(from);
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < writes.size() && writes.get(to).sql().equals(first.sql())) {
                args.add(writes.get(to++).args());
            }
            if (first.copy()) {
                copy(first.sql(), args);
            } else {
                jdbc.batchUpdate(first.sql(), args);
            }
            from = to;
        }
    }

    private void copy(String sql, List<Object[]> rows) {
        String csv = csv(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The rows as PostgreSQL's CSV (Commons CSV's {@code POSTGRESQL_CSV}, written by hand: its printer cost a rebuild
     * a tenth of its time): every value quoted with its quotes doubled, a null as nothing, so that an empty text
     * stays empty.
     */
    static String csv(List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = csvValue(row[i]);
                if (value != null) {
                    String text = value.toString();
                    csv.append('"');
                    for (int c = 0; c < text.length(); c++) {
                        char character = text.charAt(c);
                        if (character == '"') {
                            csv.append('"');
                        }
                        csv.append(character);
                    }
                    csv.append('"');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * As PostgreSQL reads it: a BigDecimal's toString may have an exponent, a Timestamp's is in the JVM's zone
     * (projections pass an OffsetDateTime, whose toString PostgreSQL reads as it is).
     */
    private static Object csvValue(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value;
    }
}
