-- Motions voted on and decided at joint meetings: a meeting's decisions name the motion as they name the application
-- (a vote cast names one or the other; MOTION_DECIDED the motion), in both read-model copies, the view over the active.
DROP VIEW meeting_decision_view;

DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format('ALTER TABLE %I.meeting_decision ADD COLUMN motion_id varchar(64)', copy);
    END LOOP;
END $$;

DO $$
DECLARE
    active text := (SELECT active FROM read_model_state WHERE id = 1);
BEGIN
    EXECUTE format('CREATE VIEW meeting_decision_view AS SELECT * FROM %I.meeting_decision', active);
END $$;
