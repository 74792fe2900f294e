/**
 * How events become read models: the one processor all projections belong to ({@link
 * org.allianceledger.query.projections.ProjectionGroup}), where it writes, what it does with an event it fails on,
 * and rebuilds. The projections themselves (what an event changes in which table) live in their capability
 * packages and write through {@link org.allianceledger.query.projections.ReadModelWriter}.
 * <p>
 * <b>A batch.</b> A tracking thread per segment reads up to 500 events from the event store ({@code
 * EventStoreReading}) and handles them in one transaction: Axon stores the segment's token, then, before the first
 * handler, {@code ProjectionsConfiguration} reads {@code read_model_state} for share ({@code ReadModelSchemas}) and
 * points the transaction at the copy of the read models being written ({@code read_a} or {@code read_b}). Each
 * handler runs behind a savepoint ({@code SavepointPerHandler}) and its writes go out at once; the versions applied
 * per alliance are written at commit, and then {@link org.allianceledger.query.projections.ReadModelsApplied} tells
 * the dashboards.
 * <p>
 * <b>A replay</b> (the events after a rebuild's reset) writes nothing until its batch commits: {@code
 * ReadModelWriter} keeps the statements and sends them together, inserts as one {@code COPY}. If they fail, the
 * batch is rolled back and retried with its events written one by one, as live ones are, so that the one that fails
 * is parked.
 * <p>
 * <b>A parked event.</b> When a handler throws, its savepoint is rolled back and Axon's dead-letter queue parks the
 * event ({@code ParkingPolicy}, table {@code dead_letter_entry}) with the alliance's later events queued behind it,
 * in the same batch, whose other events commit. Health turns DEGRADED, {@code alliance.projection.parked} counts
 * them, {@code GET /api/admin/dead-letters} lists them and {@code POST /api/admin/dead-letters/retry} retries them
 * ({@code DeadLetterController}).
 * <p>
 * <b>A rebuild</b> ({@code POST /api/admin/projections/rebuild}, {@code Rebuild}) needs every segment: the instance
 * asked announces it in {@code read_model_state}, the others release theirs ({@code SegmentShare}), and one
 * transaction claims every token, marks the other copy as being built, lets the reset handlers empty it (and the
 * dead-letter queue) and resets the tokens. The processors then replay the whole store into that copy while queries
 * read the current one; once every segment's token has passed the head at the reset, one transaction builds the
 * copy's indexes and points the views in {@code public} at it, and {@link
 * org.allianceledger.query.projections.ReadModelsSwitched} makes open dashboards reload.
 * <p>
 * Any number of instances share the segments ({@code SegmentShare}, {@code ProjectionNode}, {@code StoredTokens});
 * where they stand is {@code GET /api/admin/projections} ({@code ProjectionStatus}), health ({@code
 * ProjectionsHealthIndicator}) and metrics ({@code ProjectionMetrics}).
 */
package org.allianceledger.query.projections;
