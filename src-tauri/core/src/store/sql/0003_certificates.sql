-- Schema 3: certificates, the company seal, revocation.

-- PKCS#11 CKA_ID (hex) of a token key: keys are found again by this and
-- their public key, never by the token's serial, which vendors change.
ALTER TABLE key ADD COLUMN object_id TEXT;

CREATE TABLE certificate (
    id                INTEGER PRIMARY KEY,
    der               BLOB NOT NULL,
    sha256            TEXT NOT NULL UNIQUE,   -- fingerprint of the DER
    subject           TEXT NOT NULL,          -- RFC 4514, UTF-8
    issuer            TEXT NOT NULL,
    serial            TEXT NOT NULL,          -- lower-case hex
    not_before        TEXT NOT NULL,          -- RFC 3339, UTC
    not_after         TEXT NOT NULL,
    spki_sha256       TEXT NOT NULL,          -- matches key.spki_sha256
    is_ca             INTEGER NOT NULL CHECK (is_ca IN (0, 1)),
    trusted           INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1)),
    key_id            INTEGER REFERENCES key(id),
    issuer_id         INTEGER REFERENCES certificate(id),
    source            TEXT NOT NULL CHECK (source IN ('seal', 'issued', 'imported')),
    profile           TEXT,                   -- 'seal', 'signing', 'portal-user'
    state             TEXT NOT NULL DEFAULT 'active'
                      CHECK (state IN ('active', 'revoked', 'superseded')),
    revoked_at        TEXT,
    revocation_reason TEXT,
    created_at        TEXT NOT NULL
);
CREATE INDEX certificate_not_after ON certificate (not_after);
CREATE INDEX certificate_state ON certificate (state);
CREATE INDEX certificate_spki ON certificate (spki_sha256);
CREATE INDEX certificate_key ON certificate (key_id);
CREATE INDEX certificate_issuer ON certificate (issuer_id);

CREATE TABLE seal (
    id              INTEGER PRIMARY KEY,
    certificate_id  INTEGER NOT NULL UNIQUE REFERENCES certificate(id),
    organization    TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    country         TEXT NOT NULL,
    crl_number      INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);
