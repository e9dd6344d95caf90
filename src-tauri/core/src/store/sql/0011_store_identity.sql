-- The store says it is a SealDesk store ("SDSK" in SQLite's header), so a
-- foreign SQLite file at the store's path is refused instead of extended.
PRAGMA application_id = 1396986699;

-- Secrets to remove from the OS credential store that could not be removed
-- when they were done with (the store was locked or out of reach); they are
-- tried again later, and the action that finished them is never held up.
CREATE TABLE pending_secret_removal (
    service   TEXT NOT NULL,
    account   TEXT NOT NULL,
    since     TEXT NOT NULL,
    PRIMARY KEY (service, account)
);
