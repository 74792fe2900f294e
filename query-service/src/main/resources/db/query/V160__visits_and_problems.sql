-- Visits (走访) and the problem ledger (问题台账), in both read-model copies with a view over the active one
-- (ReadModelSchemas.TABLES lists them). A problem's history is one row per event of its own stream.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($t$
            CREATE TABLE %I.visit (
                alliance_id   varchar(64) NOT NULL,
                visit_id      varchar(64) NOT NULL,
                instructor_id varchar(64),
                department_id varchar(18),
                enterprise_id varchar(18) NOT NULL,
                visited_on    date        NOT NULL,
                notes         text,
                submitted_by  text,
                recorded_at   timestamptz NOT NULL,
                PRIMARY KEY (alliance_id, visit_id)
            )$t$, copy);
        EXECUTE format($t$
            CREATE TABLE %I.problem (
                alliance_id   varchar(64) NOT NULL,
                problem_id    varchar(64) NOT NULL,
                raised_by     varchar(18) NOT NULL,
                raised_on     date        NOT NULL,
                category      varchar(16) NOT NULL,
                title         text        NOT NULL,
                description   text        NOT NULL,
                chain_wide    boolean     NOT NULL,
                visit_id      varchar(64),
                status        varchar(16) NOT NULL,
                department_id varchar(18),
                assigned_on   date,
                due_on        date,
                overdue       boolean     NOT NULL DEFAULT false,
                resolved_on   date,
                resolved_by   varchar(16),
                result        text,
                rating        smallint,
                closed_on     date,
                version       bigint      NOT NULL,
                recorded_at   timestamptz NOT NULL,
                PRIMARY KEY (alliance_id, problem_id)
            )$t$, copy);
        EXECUTE format('CREATE INDEX problem_visit ON %I.problem (alliance_id, visit_id)', copy);
        EXECUTE format($t$
            CREATE TABLE %I.problem_step (
                alliance_id   varchar(64) NOT NULL,
                problem_id    varchar(64) NOT NULL,
                sequence_no   bigint      NOT NULL,
                kind          varchar(16) NOT NULL,
                on_day        date        NOT NULL,
                submitted_by  text,
                recorded_at   timestamptz NOT NULL,
                department_id varchar(18),
                due_on        date,
                note          text,
                result        text,
                resolved_by   varchar(16),
                rating        smallint,
                comment       text,
                reason        text,
                PRIMARY KEY (alliance_id, problem_id, sequence_no)
            )$t$, copy);
    END LOOP;
    copy := (SELECT active FROM read_model_state WHERE id = 1);
    EXECUTE format('CREATE VIEW visit_view AS SELECT * FROM %I.visit', copy);
    EXECUTE format('CREATE VIEW problem_view AS SELECT * FROM %I.problem', copy);
    EXECUTE format('CREATE VIEW problem_step_view AS SELECT * FROM %I.problem_step', copy);
END
$$;
