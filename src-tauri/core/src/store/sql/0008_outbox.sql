-- Schema 7: the durable outbox. Each row's composed message lives in a spool
-- file in the data folder's `outbox` folder, written before the row commits,
-- so a queued row always has its bytes. Bcc addresses are only here and in
-- the SMTP envelope, never in the message's headers.

CREATE TABLE outbox_message (
    id                  INTEGER PRIMARY KEY,
    message_id          TEXT NOT NULL UNIQUE,
    state               TEXT NOT NULL
                        CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    sender              TEXT NOT NULL,
    -- JSON {"to": [...], "cc": [...], "bcc": [...]}.
    recipients          TEXT NOT NULL,
    subject             TEXT NOT NULL,
    size                INTEGER NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT NOT NULL,
    last_error_code     TEXT,
    -- JSON object of the error's named parameters.
    last_error_params   TEXT,
    created_at          TEXT NOT NULL,
    sent_at             TEXT,
    -- Free text the caller uses to find its message again.
    reference           TEXT,
    -- File name inside the spool folder.
    spool_file          TEXT NOT NULL UNIQUE
);

CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_reference ON outbox_message (reference);
