-- Answers to commands sent with an Idempotency-Key, per caller, request (method and path) and key: a repeat with
-- the same body answers as the first did and records nothing. Written in the transaction that appends the
-- command's events, so an answer is kept exactly when its events are. Kept at least 24 hours, then purged.
CREATE TABLE IF NOT EXISTS idempotency_key (
    caller          text        NOT NULL,
    request         text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     varchar(64) NOT NULL,
    answer_type     text,
    answer_revision text,
    answer          bytea,
    recorded_at     timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, request, idempotency_key)
);
CREATE INDEX IF NOT EXISTS idempotency_key_recorded_at ON idempotency_key (recorded_at);
