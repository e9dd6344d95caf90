-- Schema 8: the user's own wording of a mail template. The defaults ship in
-- the program; a row here overrides one kind in one language, and deleting
-- the row restores the default. A NULL html means the HTML body is made from
-- the text.

CREATE TABLE mail_template (
    kind        TEXT NOT NULL CHECK (kind IN ('signed-document', 'portal-certificate',
                                              'portal-password', 'renewal-request')),
    language    TEXT NOT NULL CHECK (language IN ('en', 'pl', 'he', 'it', 'ru', 'uk')),
    subject     TEXT NOT NULL,
    body_text   TEXT NOT NULL,
    body_html   TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (kind, language)
);
