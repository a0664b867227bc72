-- Portable SQL only (SQLite now, PostgreSQL later).
-- Where a document's publication date was read (a date label, a dateline with the year taken from the text, an HTML
-- meta tag, ...), so that a wrong anchor for the document's relative dates can be traced; null for documents stored
-- before this was kept or whose date source is unknown.
ALTER TABLE documents ADD COLUMN published_from VARCHAR(80);
