-- The charter's quota of instructors per partner department and its joint-meeting cadence. Alliances founded before
-- the charter had them run by the defaults (Charter), so existing rows take those.
DROP VIEW alliance_view;

ALTER TABLE read_a.alliance ADD COLUMN instructors_per_department integer NOT NULL DEFAULT 2,
                            ADD COLUMN meeting_every_months integer NOT NULL DEFAULT 2;
ALTER TABLE read_b.alliance ADD COLUMN instructors_per_department integer NOT NULL DEFAULT 2,
                            ADD COLUMN meeting_every_months integer NOT NULL DEFAULT 2;

DO $$
BEGIN
    EXECUTE format('CREATE VIEW alliance_view AS SELECT * FROM %I.alliance',
                   (SELECT active FROM read_model_state WHERE id = 1));
END
$$;
