package org.allianceledger.command.outage;

/** A commit that failed because the connection to the database broke: it may have been recorded or not. */
class CommitInDoubt extends RuntimeException {

    CommitInDoubt(Throwable cause) {
        super("The connection broke while the transaction was committed", cause);
    }

    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommitInDoubt) {
                return true;
            }
        }
        return false;
    }
}
