-- Any number of query-service instances share the read models. read_model_state is the one record of which copy
-- queries read and which one a rebuild fills: every batch of the projections reads it, locked FOR SHARE, in the
-- transaction that moves its token, and a switch or the start of a rebuild changes it locked FOR UPDATE.
-- A rebuild asked of one instance is announced here first, so that the others release their segments to it.
ALTER TABLE read_model_state ADD COLUMN rebuild_requested_by    varchar(255),
                             ADD COLUMN rebuild_requested_until timestamptz;

-- The instances running the projections, each seen every half second or so: how many share the segments
-- (those whose processor is running and can claim: one stopped or in error takes no share).
CREATE TABLE projection_node (
    node_id  varchar(255) PRIMARY KEY,
    seen_at  timestamptz  NOT NULL,
    claiming boolean      NOT NULL
);
