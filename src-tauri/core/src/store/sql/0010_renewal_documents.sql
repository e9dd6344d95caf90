-- Batch renewal, continued: the documents around a request. The signed
-- accession card of an item, and the CA's receipt files, each kept as a
-- copy beside the request so the folder holds the whole exchange.

ALTER TABLE renewal_item ADD COLUMN card_path TEXT;

-- A receipt file of the CA for one item; receipt 2 is the final one.
CREATE TABLE renewal_receipt (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES renewal_item(id),
    number      INTEGER NOT NULL CHECK (number IN (1, 2)),
    path        TEXT NOT NULL,            -- the stored copy
    sha256      TEXT NOT NULL,            -- of the file's bytes, to refuse it twice
    received_at TEXT NOT NULL,
    UNIQUE (item_id, number),
    UNIQUE (item_id, sha256)
);
