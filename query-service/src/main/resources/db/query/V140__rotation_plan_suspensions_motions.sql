-- The rotation plan, members' suspensions, expulsion motions with their votes, and recusals from applications and
-- motions, in both read-model copies (views over the active one); chair terms say whether a handover deviated from the plan.
DROP VIEW chair_term_view;

DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format('ALTER TABLE %I.chair_term ADD COLUMN deviates_from_plan boolean NOT NULL DEFAULT false', copy);
        -- the plan in order; a member who leaves drops out, a new member is appended (ChairProjection)
        EXECUTE format($t$CREATE TABLE %I.rotation_plan (
            alliance_id varchar(64)   NOT NULL PRIMARY KEY,
            members     varchar(18)[] NOT NULL,
            note        text,
            planned_on  date          NOT NULL
        )$t$, copy);
        -- until_on is the last day suspended (null: until lifted); lifted_on the first day no longer suspended
        EXECUTE format($t$CREATE TABLE %I.member_suspension (
            alliance_id   varchar(64) NOT NULL,
            enterprise_id varchar(18) NOT NULL,
            from_on       date        NOT NULL,
            until_on      date,
            reason        text        NOT NULL,
            lifted_on     date,
            PRIMARY KEY (alliance_id, enterprise_id, from_on)
        )$t$, copy);
        EXECUTE format($t$CREATE TABLE %I.motion (
            alliance_id         varchar(64) NOT NULL,
            motion_id           varchar(64) NOT NULL,
            kind                varchar(16) NOT NULL,
            subject_id          varchar(18) NOT NULL,
            filed_on            date        NOT NULL,
            statement           text        NOT NULL,
            status              varchar(16) NOT NULL,
            eligible            integer     NOT NULL,
            votes_for           integer     NOT NULL DEFAULT 0,
            votes_against       integer     NOT NULL DEFAULT 0,
            votes_abstain       integer     NOT NULL DEFAULT 0,
            decided_on          date,
            closure             varchar(32),
            rejection_reason    varchar(32),
            vote_window_ends_at timestamptz NOT NULL,
            recorded_at         timestamptz NOT NULL,
            PRIMARY KEY (alliance_id, motion_id)
        )$t$, copy);
        EXECUTE format($t$CREATE TABLE %I.motion_vote (
            alliance_id varchar(64) NOT NULL,
            motion_id   varchar(64) NOT NULL,
            voter       varchar(18) NOT NULL,
            decision    varchar(16) NOT NULL,
            cast_on     date        NOT NULL,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (alliance_id, motion_id, voter)
        )$t$, copy);
        -- an elector who stood aside from an application's or a motion's vote
        EXECUTE format($t$CREATE TABLE %I.application_recusal (
            alliance_id    varchar(64) NOT NULL,
            application_id varchar(64) NOT NULL,
            voter          varchar(18) NOT NULL,
            reason         text        NOT NULL,
            recused_on     date        NOT NULL,
            recorded_at    timestamptz NOT NULL,
            PRIMARY KEY (alliance_id, application_id, voter)
        )$t$, copy);
        EXECUTE format($t$CREATE TABLE %I.motion_recusal (
            alliance_id varchar(64) NOT NULL,
            motion_id   varchar(64) NOT NULL,
            voter       varchar(18) NOT NULL,
            reason      text        NOT NULL,
            recused_on  date        NOT NULL,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (alliance_id, motion_id, voter)
        )$t$, copy);
    END LOOP;
END
$$;

DO $$
DECLARE
    active text := (SELECT active FROM read_model_state WHERE id = 1);
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['chair_term', 'rotation_plan', 'member_suspension', 'motion', 'motion_vote',
                                   'application_recusal', 'motion_recusal'] LOOP
        EXECUTE format('CREATE VIEW %I AS SELECT * FROM %I.%I', tbl || '_view', active, tbl);
    END LOOP;
END
$$;
