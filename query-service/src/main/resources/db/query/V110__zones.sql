-- Zones and the alliances that joined them (ZoneProjection), in both read-model copies, with views over the active
-- one. An alliance is in at most one zone, and never leaves it: the alliance keys its row. The zone view's members,
-- chairs and enterprises are read from the alliances' own read models, as of the day asked.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($sql$
            CREATE TABLE %I.zone (
                zone_id     varchar(64) PRIMARY KEY,
                name        text        NOT NULL,
                region      text        NOT NULL,
                committee   text        NOT NULL,
                founded_on  date        NOT NULL,
                recorded_at timestamptz NOT NULL
            )$sql$, copy);
        EXECUTE format($sql$
            CREATE TABLE %I.zone_alliance (
                alliance_id varchar(64) PRIMARY KEY,
                zone_id     varchar(64) NOT NULL,
                joined_on   date        NOT NULL
            )$sql$, copy);
        EXECUTE format('CREATE INDEX zone_alliance_zone ON %I.zone_alliance (zone_id)', copy);
    END LOOP;
    EXECUTE format('CREATE VIEW zone_view AS SELECT * FROM %I.zone', (SELECT active FROM read_model_state WHERE id = 1));
    EXECUTE format('CREATE VIEW zone_alliance_view AS SELECT * FROM %I.zone_alliance',
                   (SELECT active FROM read_model_state WHERE id = 1));
END
$$;
