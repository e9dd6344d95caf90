-- Schema 2: the registry of private keys (never the keys themselves).

CREATE TABLE key (
    id           INTEGER PRIMARY KEY,
    algorithm    TEXT NOT NULL,
    location     TEXT NOT NULL CHECK (location IN ('file', 'token')),
    file_path    TEXT,            -- encrypted PKCS#8 PEM, for location 'file'
    token_label  TEXT,            -- PKCS#11 token label, for location 'token'
    object_label TEXT,            -- key object label on the token
    spki_sha256  TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    CHECK ((location = 'file' AND file_path IS NOT NULL)
        OR (location = 'token' AND token_label IS NOT NULL))
);
