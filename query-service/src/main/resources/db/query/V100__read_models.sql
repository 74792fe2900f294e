-- Read models of query-service, filled by the "projections" processor from the event store.
-- Rows carry business dates from the events, never the clock, so a replay gives the same rows.

CREATE TABLE alliance_view (
    alliance_id        varchar(64)   PRIMARY KEY,
    name               text          NOT NULL,
    industry_chain     text          NOT NULL,
    region             text          NOT NULL,
    founded_on         date          NOT NULL,
    leading_bodies     jsonb         NOT NULL,
    voting_rule        varchar(32)   NOT NULL,
    quorum             numeric(6, 5) NOT NULL,
    chair_term_months  integer       NOT NULL,
    vote_window_days   integer       NOT NULL,
    chair              varchar(18)   NOT NULL,
    chair_since        date          NOT NULL,
    deal_count         integer       NOT NULL DEFAULT 0,
    recorded_at        timestamptz   NOT NULL
);

-- The last event of each alliance the read models have applied, for ?minVersion= (read your writes).
CREATE TABLE alliance_version (
    alliance_id varchar(64) PRIMARY KEY,
    version     bigint      NOT NULL
);

-- One row per membership period; left_on stays empty while the enterprise is a member.
CREATE TABLE member_view (
    alliance_id    varchar(64) NOT NULL,
    enterprise_id  varchar(18) NOT NULL,
    name           text        NOT NULL,
    industry       text,
    member_since   date        NOT NULL,
    admitted_by    varchar(16) NOT NULL,
    application_id varchar(64),
    left_on        date,
    PRIMARY KEY (alliance_id, enterprise_id, member_since)
);
CREATE INDEX member_view_enterprise ON member_view (enterprise_id);

CREATE TABLE application_view (
    alliance_id         varchar(64) NOT NULL,
    application_id      varchar(64) NOT NULL,
    applicant_id        varchar(18) NOT NULL,
    applicant_name      text        NOT NULL,
    applicant_industry  text,
    filed_on            date        NOT NULL,
    statement           text,
    status              varchar(16) NOT NULL,
    votes_for           integer     NOT NULL DEFAULT 0,
    votes_against       integer     NOT NULL DEFAULT 0,
    votes_abstain       integer     NOT NULL DEFAULT 0,
    eligible            integer     NOT NULL,
    decided_on          date,
    closure             varchar(32),
    rejection_reason    varchar(32),
    vote_window_ends_at timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL,
    PRIMARY KEY (alliance_id, application_id)
);
CREATE INDEX application_view_applicant ON application_view (applicant_id);

CREATE TABLE application_vote_view (
    alliance_id    varchar(64) NOT NULL,
    application_id varchar(64) NOT NULL,
    voter          varchar(18) NOT NULL,
    decision       varchar(8)  NOT NULL,
    cast_on        date        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    PRIMARY KEY (alliance_id, application_id, voter)
);
