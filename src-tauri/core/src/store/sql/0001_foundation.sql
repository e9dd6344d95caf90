-- Schema 1: the local administrator, settings and the audit log.

-- Exactly one local administrator per store (id is always 1).
CREATE TABLE administrator (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    password_hash       TEXT NOT NULL,   -- Argon2id PHC string
    recovery_hash       TEXT NOT NULL,   -- Argon2id PHC string of the recovery code
    failed_attempts     INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    retry_not_before    TEXT,            -- RFC 3339 UTC; wrong attempts wait until then
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);

-- Plain, non-secret preferences (language, idle lock). Secrets never go here.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only history: who did what, when.
CREATE TABLE audit_event (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
