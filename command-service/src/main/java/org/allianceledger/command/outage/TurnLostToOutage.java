package org.allianceledger.command.outage;

/**
 * No turn on an alliance in time while the database is away: caused by the outage the turn's holders met, so it is
 * answered as the outage it is (503 STORE_UNAVAILABLE), nothing recorded.
 */
class TurnLostToOutage extends RuntimeException {

    TurnLostToOutage(RuntimeException outage, RuntimeException noTurn) {
        super("No turn on the alliance in time while the database is unavailable", outage);
        addSuppressed(noTurn);
    }
}
