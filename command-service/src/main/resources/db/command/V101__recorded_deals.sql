-- Deal ids already used per alliance, with a fingerprint of what was recorded under them: the alliance
-- aggregate does not keep them, so its state (and snapshots) stay small however many deals it records.
-- Written in the same transaction as the DealRecorded event.
CREATE TABLE IF NOT EXISTS recorded_deal (
    alliance_id varchar(64) NOT NULL,
    deal_id     varchar(64) NOT NULL,
    fingerprint varchar(64) NOT NULL,
    version     bigint      NOT NULL,
    PRIMARY KEY (alliance_id, deal_id)
);
