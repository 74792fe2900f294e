package org.allianceledger.query;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * How projections write their read models. A live event's statements run at once (behind the handler's
 * savepoint, so a failing event can be parked); a replayed event's are kept until the batch commits and then
 * sent as JDBC batches, consecutive statements of the same SQL together, in order: a rebuild then costs a
 * handful of round trips per batch instead of several per event.
 */
@Component
public class ReadModelWriter {

    private static final String PENDING = "read-model-writes";

    private final JdbcTemplate jdbc;

    ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Statement(String sql, Object[] args) {
    }

    public void update(String sql, Object... args) {
        if (!replaying()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Statement> pending = batch.getOrComputeResource(PENDING, key -> {
            List<Statement> statements = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> flush(statements));
            return statements;
        });
        pending.add(new Statement(sql, args));
    }

    /** Whether the event being handled is a replay (a rebuild, or a first catch-up on a full store). */
    public static boolean replaying() {
        return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }

    private void flush(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                args.add(statements.get(to++).args());
            }
            jdbc.batchUpdate(sql, args);
            from = to;
        }
        statements.clear();
    }
}
