package org.allianceledger.platform.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of the database itself (unreachable, down, shutting down or starting up) from a statement the
 * database refused. The drivers, the pool, Hibernate, Spring and Axon each wrap the failure in their own types, so
 * this looks at what they all keep: the SQLState of an {@link SQLException} in the chain. Class 08 is a connection
 * failure (PostgreSQL's driver: refused, broken, closed); 57P0x is the server going away (administrator or crash
 * shutdown, not yet accepting connections). Hikari's pool timeout carries the SQLState of its last failed attempt to
 * connect, so a pool that is merely busy is not an outage. A connection the pool closed because it broke, when its
 * holder uses it again (the deadline scheduler shares the command's connection), fails with Hikari's "Connection is
 * closed" and no SQLState: the same outage, seen a second time.
 */
public final class StoreOutage {

    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private StoreOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && signalsOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    /** This failure or those it chained (a batch, or the pool's last attempt to connect). */
    private static boolean signalsOutage(SQLException failure) {
        int hops = 0;
        for (SQLException next = failure; next != null && hops < 16; next = next.getNextException(), hops++) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (state == null && CLOSED_BY_THE_POOL.equals(next.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
