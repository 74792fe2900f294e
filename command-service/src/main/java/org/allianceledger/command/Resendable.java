package org.allianceledger.command;

/**
 * A command that, sent again unchanged after it was recorded, answers as it did and records nothing: what it creates
 * is named by an id in the command (chosen by the client, or made before it was sent), and the alliance recognises
 * the repeat. Such a command is sent again when its commit's outcome is unknown.
 */
public interface Resendable {
}
