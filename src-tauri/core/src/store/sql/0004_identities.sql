-- Schema 4: signing identities, the business and person a signature speaks
-- for, with their key and certificate. The store holds one business (there is
-- no company table), so an identity carries its business data itself.

CREATE TABLE identity (
    id                      INTEGER PRIMARY KEY,
    country                 TEXT NOT NULL CHECK (length(country) = 2),
    id_kind                 TEXT NOT NULL,          -- ids::Kind name, e.g. 'pl-nip'
    identifier              TEXT NOT NULL,          -- normalized national identifier
    organization_identifier TEXT,                   -- e.g. 'VATPL-8567346215'
    serial_number           TEXT,                   -- e.g. 'TINUA-1759013776' (a person's id)
    business_name           TEXT NOT NULL CHECK (length(trim(business_name)) > 0),
    signer_name             TEXT NOT NULL CHECK (length(trim(signer_name)) > 0),
    email                   TEXT NOT NULL,          -- shown in the signature
    key_id                  INTEGER NOT NULL REFERENCES key(id),
    -- NULL while a request (CSR) waits for the outside CA's answer.
    certificate_id          INTEGER REFERENCES certificate(id),
    state                   TEXT NOT NULL
                            CHECK (state IN ('awaiting-certificate', 'certified')),
    active                  INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at              TEXT NOT NULL,
    CHECK ((state = 'awaiting-certificate') = (certificate_id IS NULL)),
    CHECK (active = 0 OR certificate_id IS NOT NULL)
);

-- At most one identity signs: the database refuses a second active one.
CREATE UNIQUE INDEX identity_one_active ON identity (active) WHERE active = 1;
CREATE INDEX identity_key ON identity (key_id);
CREATE INDEX identity_certificate ON identity (certificate_id);
