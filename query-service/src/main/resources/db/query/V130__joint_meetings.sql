-- Joint meetings (联席会议) and the decisions taken at them, in both read-model copies with a view over the active
-- one (ReadModelSchemas.TABLES lists them); and on the alliance, its last meeting held and whether one is overdue.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($t$
            CREATE TABLE %I.meeting (
                alliance_id          varchar(64) NOT NULL,
                meeting_id           varchar(64) NOT NULL,
                title                text        NOT NULL,
                scheduled_on         date        NOT NULL,
                agenda               jsonb       NOT NULL,
                status               varchar(16) NOT NULL,
                held_on              date,
                attendee_members     jsonb,
                attendee_departments jsonb,
                minutes              text,
                cancellation_reason  text,
                cancelled_on         date,
                recorded_at          timestamptz NOT NULL,
                PRIMARY KEY (alliance_id, meeting_id)
            )$t$, copy);
        -- one row per event that named a meeting: a vote cast, an application decided, a handover effective
        EXECUTE format($t$
            CREATE TABLE %I.meeting_decision (
                alliance_id    varchar(64) NOT NULL,
                sequence_no    bigint      NOT NULL,
                meeting_id     varchar(64) NOT NULL,
                kind           varchar(32) NOT NULL,
                decided_on     date        NOT NULL,
                application_id varchar(64),
                enterprise_id  varchar(18) NOT NULL,
                decision       varchar(16),
                handed_from    varchar(18),
                PRIMARY KEY (alliance_id, sequence_no)
            )$t$, copy);
        EXECUTE format('CREATE INDEX meeting_decision_meeting ON %I.meeting_decision (alliance_id, meeting_id)', copy);
        EXECUTE format('ALTER TABLE %I.alliance ADD COLUMN meeting_last_held_on date, '
                       'ADD COLUMN meeting_overdue boolean NOT NULL DEFAULT false', copy);
    END LOOP;
END $$;

DROP VIEW alliance_view;
DO $$
DECLARE
    active text := (SELECT active FROM read_model_state WHERE id = 1);
BEGIN
    EXECUTE format('CREATE VIEW alliance_view AS SELECT * FROM %I.alliance', active);
    EXECUTE format('CREATE VIEW meeting_view AS SELECT * FROM %I.meeting', active);
    EXECUTE format('CREATE VIEW meeting_decision_view AS SELECT * FROM %I.meeting_decision', active);
END $$;
