-- Companies as tenants, and the operators who act on them. Every row a user
-- keeps belongs to one company; the first company is made from what the store
-- already holds, and it receives every existing row, so an upgraded store
-- loses nothing and existing commands act on it.
--
-- Tables whose uniqueness now holds per company (key, certificate, the mail
-- settings, templates and prices) are rebuilt; the others gain a column that
-- triggers keep filled, because SQLite cannot add a NOT NULL column without a
-- default, and a default would silently give a forgotten row to company 1.
-- The runner turns foreign keys off around this and checks them before it
-- commits (SQLite's procedure for changing a table's constraints).

CREATE TABLE company (
    id                      INTEGER PRIMARY KEY,
    code                    TEXT NOT NULL UNIQUE
                            CHECK (length(code) BETWEEN 1 AND 32 AND code = upper(code)),
    name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    country                 TEXT CHECK (country IS NULL OR length(country) = 2),
    -- The national business identifier as `ids` normalized it, and its
    -- ETSI organizationIdentifier form (e.g. 'VATPL-5260250274').
    business_id             TEXT,
    organization_identifier TEXT,
    language                TEXT CHECK (language IS NULL
                                        OR language IN ('en', 'pl', 'he', 'it', 'ru', 'uk')),
    -- Active certificates allowed; NULL: no limit.
    quota                   INTEGER CHECK (quota IS NULL OR quota >= 0),
    cert_folder             TEXT,
    monthly_folders         INTEGER NOT NULL DEFAULT 0 CHECK (monthly_folders IN (0, 1)),
    publication_url         TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

-- The first company: the seal's organisation, else the active identity's
-- business, else "My company".
INSERT INTO company (id, code, name, country, organization_identifier, language,
                     created_at, updated_at)
SELECT 1, 'MAIN',
       COALESCE((SELECT organization FROM seal ORDER BY id LIMIT 1),
                (SELECT business_name FROM identity WHERE active = 1),
                (SELECT business_name FROM identity ORDER BY id LIMIT 1),
                'My company'),
       COALESCE((SELECT country FROM seal ORDER BY id LIMIT 1),
                (SELECT country FROM identity WHERE active = 1),
                (SELECT country FROM identity ORDER BY id LIMIT 1)),
       COALESCE((SELECT organization_id FROM seal ORDER BY id LIMIT 1),
                (SELECT organization_identifier FROM identity WHERE active = 1),
                (SELECT organization_identifier FROM identity ORDER BY id LIMIT 1)),
       (SELECT value FROM setting WHERE key = 'language'
                                    AND value IN ('en', 'pl', 'he', 'it', 'ru', 'uk')),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

-- A company operator: a local login acting on one company only. The
-- administrator stays in its own table and signs in as 'admin'.
CREATE TABLE operator (
    id                  INTEGER PRIMARY KEY,
    login               TEXT NOT NULL UNIQUE COLLATE NOCASE
                        CHECK (length(login) BETWEEN 1 AND 64 AND lower(login) <> 'admin'),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company_id          INTEGER NOT NULL REFERENCES company(id),
    password_hash       TEXT NOT NULL,   -- Argon2id PHC string
    failed_attempts     INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    retry_not_before    TEXT,
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
CREATE INDEX operator_company ON operator (company_id);

-- Keys: a public key is unique within its company.
CREATE TABLE key_new (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES company(id),
    algorithm    TEXT NOT NULL,
    location     TEXT NOT NULL CHECK (location IN ('file', 'token')),
    file_path    TEXT,
    token_label  TEXT,
    object_label TEXT,
    spki_sha256  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    object_id    TEXT,
    UNIQUE (company_id, spki_sha256),
    CHECK ((location = 'file' AND file_path IS NOT NULL)
        OR (location = 'token' AND token_label IS NOT NULL))
);
INSERT INTO key_new (id, company_id, algorithm, location, file_path, token_label, object_label,
                     spki_sha256, created_at, object_id)
SELECT id, 1, algorithm, location, file_path, token_label, object_label,
       spki_sha256, created_at, object_id FROM key;
DROP TABLE key;
ALTER TABLE key_new RENAME TO key;

-- Certificates: the same certificate may be kept by two companies (an
-- outside CA's root, typically), each trusting it or not on its own.
CREATE TABLE certificate_new (
    id                INTEGER PRIMARY KEY,
    company_id        INTEGER NOT NULL REFERENCES company(id),
    der               BLOB NOT NULL,
    sha256            TEXT NOT NULL,
    subject           TEXT NOT NULL,
    issuer            TEXT NOT NULL,
    serial            TEXT NOT NULL,
    not_before        TEXT NOT NULL,
    not_after         TEXT NOT NULL,
    spki_sha256       TEXT NOT NULL,
    is_ca             INTEGER NOT NULL CHECK (is_ca IN (0, 1)),
    trusted           INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1)),
    key_id            INTEGER REFERENCES key(id),
    issuer_id         INTEGER REFERENCES certificate(id),
    source            TEXT NOT NULL CHECK (source IN ('seal', 'issued', 'imported')),
    profile           TEXT,
    state             TEXT NOT NULL DEFAULT 'active'
                      CHECK (state IN ('active', 'revoked', 'superseded')),
    revoked_at        TEXT,
    revocation_reason TEXT,
    created_at        TEXT NOT NULL,
    UNIQUE (company_id, sha256)
);
INSERT INTO certificate_new (id, company_id, der, sha256, subject, issuer, serial, not_before,
                             not_after, spki_sha256, is_ca, trusted, key_id, issuer_id, source,
                             profile, state, revoked_at, revocation_reason, created_at)
SELECT id, 1, der, sha256, subject, issuer, serial, not_before, not_after, spki_sha256, is_ca,
       trusted, key_id, issuer_id, source, profile, state, revoked_at, revocation_reason,
       created_at FROM certificate;
DROP TABLE certificate;
ALTER TABLE certificate_new RENAME TO certificate;
CREATE INDEX certificate_company ON certificate (company_id, state);
CREATE INDEX certificate_not_after ON certificate (not_after);
CREATE INDEX certificate_state ON certificate (state);
CREATE INDEX certificate_spki ON certificate (spki_sha256);
CREATE INDEX certificate_key ON certificate (key_id);
CREATE INDEX certificate_issuer ON certificate (issuer_id);

-- The outgoing mail server: one per company; a company without a row
-- cannot send.
CREATE TABLE smtp_settings_new (
    company_id      INTEGER PRIMARY KEY REFERENCES company(id),
    from_address    TEXT NOT NULL,
    from_name       TEXT,
    host            TEXT NOT NULL,
    port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security        TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
    plain_warning   INTEGER NOT NULL DEFAULT 0 CHECK (plain_warning IN (0, 1)),
    auth            TEXT NOT NULL CHECK (auth IN ('plain', 'login', 'xoauth2', 'none')),
    username        TEXT,
    bcc_self        TEXT,
    eml_dir         TEXT,
    ca_file         TEXT,
    updated_at      TEXT NOT NULL
);
INSERT INTO smtp_settings_new (company_id, from_address, from_name, host, port, security,
                               plain_warning, auth, username, bcc_self, eml_dir, ca_file,
                               updated_at)
SELECT 1, from_address, from_name, host, port, security, plain_warning, auth, username,
       bcc_self, eml_dir, ca_file, updated_at FROM smtp_settings;
DROP TABLE smtp_settings;
ALTER TABLE smtp_settings_new RENAME TO smtp_settings;

-- A company's own wording of a template.
CREATE TABLE mail_template_new (
    company_id  INTEGER NOT NULL REFERENCES company(id),
    kind        TEXT NOT NULL CHECK (kind IN ('signed-document', 'portal-certificate',
                                              'portal-password', 'renewal-request')),
    language    TEXT NOT NULL CHECK (language IN ('en', 'pl', 'he', 'it', 'ru', 'uk')),
    subject     TEXT NOT NULL,
    body_text   TEXT NOT NULL,
    body_html   TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (company_id, kind, language)
);
INSERT INTO mail_template_new (company_id, kind, language, subject, body_text, body_html,
                               updated_at)
SELECT 1, kind, language, subject, body_text, body_html, updated_at FROM mail_template;
DROP TABLE mail_template;
ALTER TABLE mail_template_new RENAME TO mail_template;

-- What the CAs charge a company.
CREATE TABLE renewal_price_new (
    company_id   INTEGER NOT NULL REFERENCES company(id),
    ca_key       TEXT NOT NULL CHECK (length(ca_key) > 0),
    ca           TEXT NOT NULL CHECK (length(trim(ca)) > 0),
    term_years   INTEGER NOT NULL CHECK (term_years IN (1, 2)),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (company_id, ca_key, term_years)
) WITHOUT ROWID;
INSERT INTO renewal_price_new (company_id, ca_key, ca, term_years, amount_minor, currency,
                               updated_at)
SELECT 1, ca_key, ca, term_years, amount_minor, currency, updated_at FROM renewal_price;
DROP TABLE renewal_price;
ALTER TABLE renewal_price_new RENAME TO renewal_price;

-- The other owned tables gain their company; a new row must name it. (A
-- renewal item and its receipts carry it too, so every statement of an
-- owned row checks the company the same way.)
ALTER TABLE seal ADD COLUMN company_id INTEGER REFERENCES company(id);
ALTER TABLE identity ADD COLUMN company_id INTEGER REFERENCES company(id);
ALTER TABLE outbox_message ADD COLUMN company_id INTEGER REFERENCES company(id);
ALTER TABLE renewal_run ADD COLUMN company_id INTEGER REFERENCES company(id);
ALTER TABLE renewal_item ADD COLUMN company_id INTEGER REFERENCES company(id);
ALTER TABLE renewal_receipt ADD COLUMN company_id INTEGER REFERENCES company(id);
UPDATE seal SET company_id = 1;
UPDATE identity SET company_id = 1;
UPDATE outbox_message SET company_id = 1;
UPDATE renewal_run SET company_id = 1;
UPDATE renewal_item SET company_id = 1;
UPDATE renewal_receipt SET company_id = 1;
CREATE INDEX seal_company ON seal (company_id);
CREATE INDEX outbox_message_company ON outbox_message (company_id, state);
CREATE INDEX renewal_run_company ON renewal_run (company_id);
CREATE INDEX renewal_item_company ON renewal_item (company_id);

-- One active identity per company, no longer per store.
DROP INDEX identity_one_active;
CREATE UNIQUE INDEX identity_one_active ON identity (company_id) WHERE active = 1;
CREATE INDEX identity_company ON identity (company_id);

CREATE TRIGGER seal_company_required BEFORE INSERT ON seal WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a seal belongs to a company'); END;
CREATE TRIGGER seal_company_kept BEFORE UPDATE OF company_id ON seal
BEGIN SELECT RAISE(ABORT, 'a seal stays with its company'); END;
CREATE TRIGGER identity_company_required BEFORE INSERT ON identity WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'an identity belongs to a company'); END;
CREATE TRIGGER identity_company_kept BEFORE UPDATE OF company_id ON identity
BEGIN SELECT RAISE(ABORT, 'an identity stays with its company'); END;
CREATE TRIGGER outbox_message_company_required BEFORE INSERT ON outbox_message
WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a message belongs to a company'); END;
CREATE TRIGGER outbox_message_company_kept BEFORE UPDATE OF company_id ON outbox_message
BEGIN SELECT RAISE(ABORT, 'a message stays with its company'); END;
CREATE TRIGGER renewal_run_company_required BEFORE INSERT ON renewal_run
WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a renewal run belongs to a company'); END;
CREATE TRIGGER renewal_run_company_kept BEFORE UPDATE OF company_id ON renewal_run
BEGIN SELECT RAISE(ABORT, 'a renewal run stays with its company'); END;

CREATE TRIGGER renewal_item_company_required BEFORE INSERT ON renewal_item
WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a renewal item belongs to a company'); END;
CREATE TRIGGER renewal_item_company_kept BEFORE UPDATE OF company_id ON renewal_item
BEGIN SELECT RAISE(ABORT, 'a renewal item stays with its company'); END;
CREATE TRIGGER renewal_receipt_company_required BEFORE INSERT ON renewal_receipt
WHEN NEW.company_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a receipt belongs to a company'); END;
CREATE TRIGGER renewal_receipt_company_kept BEFORE UPDATE OF company_id ON renewal_receipt
BEGIN SELECT RAISE(ABORT, 'a receipt stays with its company'); END;

-- The history names the company an event concerns (NULL: the store as a
-- whole, such as a sign-in or a new operator). Earlier events concerned
-- the one business the store held. The append-only triggers step aside for
-- this one change only.
DROP TRIGGER audit_event_no_update;
ALTER TABLE audit_event ADD COLUMN company_id INTEGER REFERENCES company(id);
UPDATE audit_event SET company_id = 1;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE INDEX audit_event_company ON audit_event (company_id, id);

-- A company's customers (contractors) and the people of each who sign in
-- to the company's portal with a certificate from its seal.
CREATE TABLE contractor (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES company(id),
    code        TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    business_id TEXT,
    email       TEXT,
    disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (company_id, code)
);

CREATE TABLE portal_user (
    id             INTEGER PRIMARY KEY,
    company_id     INTEGER NOT NULL REFERENCES company(id),
    contractor_id  INTEGER NOT NULL REFERENCES contractor(id),
    login          TEXT NOT NULL CHECK (length(trim(login)) > 0),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email          TEXT NOT NULL CHECK (length(trim(email)) > 0),
    language       TEXT NOT NULL CHECK (language IN ('en', 'pl', 'he', 'it', 'ru', 'uk')),
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    certificate_id INTEGER REFERENCES certificate(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (contractor_id, login)
);
CREATE INDEX portal_user_company ON portal_user (company_id, login);

-- A run that generates and sends portal certificates, and its users. An
-- item records how far its user got, so a run interrupted at any point and
-- started again issues no second certificate and queues no second message:
-- 'planned' (nothing yet), 'issued' (the certificate is signed and kept in
-- `certificate_der`, not yet recorded; its messages may be queued), then
-- 'queued' (both messages in the outbox) or 'done' (its password handed
-- out to be read by phone), or 'failed' with the error's code. No password
-- is ever stored here.
CREATE TABLE portal_run (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES company(id),
    selection   TEXT NOT NULL,
    seal_id     INTEGER NOT NULL REFERENCES seal(id),
    by_phone    INTEGER NOT NULL CHECK (by_phone IN (0, 1)),
    state       TEXT NOT NULL CHECK (state IN ('open', 'finished')),
    created_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX portal_run_company ON portal_run (company_id, state);

CREATE TABLE portal_run_item (
    id                     INTEGER PRIMARY KEY,
    company_id             INTEGER NOT NULL REFERENCES company(id),
    run_id                 INTEGER NOT NULL REFERENCES portal_run(id),
    user_id                INTEGER NOT NULL REFERENCES portal_user(id),
    state                  TEXT NOT NULL
                           CHECK (state IN ('planned', 'issued', 'queued', 'done', 'failed')),
    certificate_der        BLOB,
    certificate_id         INTEGER REFERENCES certificate(id),
    p12                    TEXT,
    certificate_message_id INTEGER REFERENCES outbox_message(id),
    password_message_id    INTEGER REFERENCES outbox_message(id),
    error_code             TEXT,
    updated_at             TEXT NOT NULL,
    UNIQUE (run_id, user_id)
);
CREATE INDEX portal_run_item_company ON portal_run_item (company_id, run_id);
