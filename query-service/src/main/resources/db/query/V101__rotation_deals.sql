-- Chair terms, one row per term: started by the founding or a handover (term_no is the sequence number of that
-- event in the alliance's stream), ended by the next handover.
CREATE TABLE chair_term (
    alliance_id  varchar(64) NOT NULL,
    term_no      bigint      NOT NULL,
    chair        varchar(18) NOT NULL,
    since        date        NOT NULL,
    term_ends    date        NOT NULL,
    ended_on     date,
    handed_from  varchar(18),
    note         text,
    overdue      boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (alliance_id, term_no)
);
CREATE INDEX chair_term_chair ON chair_term (chair);

CREATE TABLE deal_view (
    alliance_id     varchar(64)    NOT NULL,
    deal_id         varchar(64)    NOT NULL,
    seq             bigint         NOT NULL,
    provider        varchar(18)    NOT NULL,
    receiver        varchar(18)    NOT NULL,
    kind            varchar(32)    NOT NULL,
    subject         text           NOT NULL,
    quantity_amount numeric(20, 6),
    quantity_unit   varchar(32),
    recurrence      varchar(16),
    value_cny       numeric(20, 2),
    signed_on       date           NOT NULL,
    brokered_by     text,
    recorded_at     timestamptz    NOT NULL,
    PRIMARY KEY (alliance_id, deal_id)
);
CREATE INDEX deal_view_newest ON deal_view (alliance_id, signed_on DESC, seq DESC);
CREATE INDEX deal_view_provider ON deal_view (provider);
CREATE INDEX deal_view_receiver ON deal_view (receiver);

CREATE INDEX member_view_current ON member_view (alliance_id) WHERE left_on IS NULL;
