-- The alliance's activities (公益, 培训, 交流, 专家会诊), in both read-model copies with a view over the active one
-- (ReadModelSchemas.TABLES lists it). Donations take their type from the door's money limit (ReadModelColumns).
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($t$
            CREATE TABLE %I.activity (
                alliance_id             varchar(64) NOT NULL,
                activity_id             varchar(64) NOT NULL,
                kind                    varchar(32) NOT NULL,
                title                   text        NOT NULL,
                held_on                 date        NOT NULL,
                participant_members     jsonb       NOT NULL,
                participant_departments jsonb       NOT NULL,
                donations_cny           ${money},
                beneficiaries           integer,
                recorded_at             timestamptz NOT NULL,
                PRIMARY KEY (alliance_id, activity_id)
            )$t$, copy);
        EXECUTE format('CREATE INDEX activity_held_on ON %I.activity (alliance_id, held_on)', copy);
    END LOOP;
END $$;

DO $$
DECLARE
    active text := (SELECT active FROM read_model_state WHERE id = 1);
BEGIN
    EXECUTE format('CREATE VIEW activity_view AS SELECT * FROM %I.activity', active);
END $$;
