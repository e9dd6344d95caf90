-- Batch renewal of certificates: a run (what the user planned once) and one
-- item per certificate renewed, each moving through its states one
-- transaction at a time so an interrupted run resumes where it stopped.

CREATE TABLE renewal_run (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    term_years    INTEGER NOT NULL CHECK (term_years IN (1, 2)),
    contact       TEXT NOT NULL CHECK (length(trim(contact)) > 0),
    phone         TEXT NOT NULL,
    key_dir       TEXT NOT NULL,          -- folder for new key files and requests
    key_algorithm TEXT,                   -- NULL: each new key as its old key
    key_token     TEXT,                   -- token label for the new keys; NULL: files in key_dir
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cancelled')),
    updated_at    TEXT NOT NULL
);

CREATE TABLE renewal_item (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES renewal_run(id),
    old_cert_id    INTEGER NOT NULL REFERENCES certificate(id),
    new_key_id     INTEGER REFERENCES key(id),
    state          TEXT NOT NULL DEFAULT 'planned'
                   CHECK (state IN ('planned', 'formed', 'sent', 'receipt1', 'receipt2',
                                    'issued', 'installed', 'failed', 'cancelled')),
    failure_code   TEXT,
    failure_params TEXT,                  -- JSON object of the error's parameters
    email          TEXT,                  -- the e-mail for the new certificate (corrected)
    start_date     TEXT NOT NULL,         -- YYYY-MM-DD
    request_path   TEXT,                  -- PKCS#10 DER
    envelope_path  TEXT,                  -- CMS SignedData over the request
    delivered_to   TEXT,                  -- where the envelope went (export path)
    new_cert_id    INTEGER REFERENCES certificate(id),
    updated_at     TEXT NOT NULL,
    UNIQUE (run_id, old_cert_id)
);

CREATE INDEX renewal_item_new_key ON renewal_item (new_key_id);
