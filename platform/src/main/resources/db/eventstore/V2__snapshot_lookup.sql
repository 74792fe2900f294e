-- Axon reads an aggregate's latest snapshot by aggregate id; the primary key leads with the sequence number.
CREATE INDEX IF NOT EXISTS snapshot_event_entry_aggregate
    ON snapshot_event_entry (aggregate_identifier, sequence_number DESC);
