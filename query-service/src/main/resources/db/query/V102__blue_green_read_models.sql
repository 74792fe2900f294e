-- Read models live twice, in schemas read_a and read_b, and queries read them through views in public that
-- point at the active one. A rebuild replays the event store into the other schema while queries keep
-- reading the complete active one, then repoints the views in one transaction.
-- A later change to a read-model table must be made in both schemas, and its view recreated.

CREATE SCHEMA read_a;
CREATE SCHEMA read_b;

ALTER TABLE alliance_view SET SCHEMA read_a;
ALTER TABLE alliance_version SET SCHEMA read_a;
ALTER TABLE member_view SET SCHEMA read_a;
ALTER TABLE application_view SET SCHEMA read_a;
ALTER TABLE application_vote_view SET SCHEMA read_a;
ALTER TABLE chair_term SET SCHEMA read_a;
ALTER TABLE deal_view SET SCHEMA read_a;

CREATE TABLE read_b.alliance_view (LIKE read_a.alliance_view INCLUDING ALL);
CREATE TABLE read_b.alliance_version (LIKE read_a.alliance_version INCLUDING ALL);
CREATE TABLE read_b.member_view (LIKE read_a.member_view INCLUDING ALL);
CREATE TABLE read_b.application_view (LIKE read_a.application_view INCLUDING ALL);
CREATE TABLE read_b.application_vote_view (LIKE read_a.application_vote_view INCLUDING ALL);
CREATE TABLE read_b.chair_term (LIKE read_a.chair_term INCLUDING ALL);
CREATE TABLE read_b.deal_view (LIKE read_a.deal_view INCLUDING ALL);

CREATE VIEW alliance_view AS SELECT * FROM read_a.alliance_view;
CREATE VIEW alliance_version AS SELECT * FROM read_a.alliance_version;
CREATE VIEW member_view AS SELECT * FROM read_a.member_view;
CREATE VIEW application_view AS SELECT * FROM read_a.application_view;
CREATE VIEW application_vote_view AS SELECT * FROM read_a.application_vote_view;
CREATE VIEW chair_term AS SELECT * FROM read_a.chair_term;
CREATE VIEW deal_view AS SELECT * FROM read_a.deal_view;

-- Which schema queries read (active), and which one a rebuild is filling (building, empty when none).
CREATE TABLE read_model_state (
    id         integer     PRIMARY KEY CHECK (id = 1),
    active     varchar(16) NOT NULL,
    building   varchar(16),
    started_at timestamptz,
    switched_at timestamptz
);
INSERT INTO read_model_state (id, active) VALUES (1, 'read_a');
