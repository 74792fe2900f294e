package org.allianceledger.command.idempotency;

/**
 * A repeat of a command sent with an Idempotency-Key that was answered before: it rolls back whatever the repeat's
 * own run did, and carries the answer kept, which the gateway gives instead.
 */
public class AnsweredBefore extends RuntimeException {

    private final transient Object answer;

    AnsweredBefore(Object answer) {
        super("Answered before under its Idempotency-Key", null, false, false);
        this.answer = answer;
    }

    public Object answer() {
        return answer;
    }
}
