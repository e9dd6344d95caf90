-- Schema 5: the outgoing mail server. The store holds one business (there is
-- no company table), so there is one settings row. The password or OAuth2
-- token is never here: it lives in the OS credential store under
-- "<user>@<host>:<port>".

CREATE TABLE smtp_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    from_address    TEXT NOT NULL,
    from_name       TEXT,
    host            TEXT NOT NULL,
    port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security        TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
    -- Set when the user explicitly accepted an unencrypted connection.
    plain_warning   INTEGER NOT NULL DEFAULT 0 CHECK (plain_warning IN (0, 1)),
    auth            TEXT NOT NULL CHECK (auth IN ('plain', 'login', 'xoauth2', 'none')),
    username        TEXT,
    bcc_self        TEXT,
    eml_dir         TEXT,
    ca_file         TEXT,
    updated_at      TEXT NOT NULL
);
