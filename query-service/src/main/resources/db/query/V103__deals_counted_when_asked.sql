-- Deals are counted when asked (an index-only count), not kept in alliance_view: a count updated per deal
-- made every deal of a replay an insert and an update, and kept the deal inserts from being batched.
DROP VIEW alliance_view;
ALTER TABLE read_a.alliance_view DROP COLUMN deal_count;
ALTER TABLE read_b.alliance_view DROP COLUMN deal_count;
DO $$
BEGIN
    EXECUTE format('CREATE VIEW alliance_view AS SELECT * FROM %I.alliance_view',
                   (SELECT active FROM read_model_state WHERE id = 1));
END
$$;
