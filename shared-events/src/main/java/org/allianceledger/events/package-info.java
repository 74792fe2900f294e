/**
 * The long-lived contract between the services: events in the past tense and the value types they carry.
 * Once released, an event changes only through a new {@code @Revision} and an upcaster, never in place.
 */
package org.allianceledger.events;
