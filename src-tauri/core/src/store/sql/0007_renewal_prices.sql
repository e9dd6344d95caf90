-- Batch renewal, continued: the price list of the CAs and the price each
-- planned item carries, and the outbox message an item was handed to.

-- What a CA charges for a renewal of a given term. The CA is named as the
-- old certificates' issuer names it (its common name, else organization),
-- compared without case (ca_key is the name in Unicode lower case, made by
-- the program since SQLite's lower() knows only ASCII): the issuer is often
-- not in the store at all, so a registry id could not name it. Amounts are
-- integer minor units (cents, kopiykas, agorot) of a three-letter ISO 4217
-- currency: never a float.
CREATE TABLE renewal_price (
    ca_key       TEXT NOT NULL CHECK (length(ca_key) > 0),
    ca           TEXT NOT NULL CHECK (length(trim(ca)) > 0),
    term_years   INTEGER NOT NULL CHECK (term_years IN (1, 2)),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (ca_key, term_years)
) WITHOUT ROWID;

-- The price at plan time, kept with the item so a later change of the
-- price list does not rewrite what was planned; NULL when none was set.
ALTER TABLE renewal_item ADD COLUMN ca TEXT;
ALTER TABLE renewal_item ADD COLUMN amount_minor INTEGER;
ALTER TABLE renewal_item ADD COLUMN currency TEXT;
