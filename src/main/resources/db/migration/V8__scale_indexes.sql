-- Portable SQL only (SQLite and PostgreSQL): indexes that keep saving a document and reading a hub entity's pages
-- from growing with the store.

-- A changed version of a document is found by its path when it is saved.
CREATE INDEX documents_path ON documents (path);

-- Events dated "a/b" may cover more than a year; linking a new event reads these apart from the one-year window of
-- events_type_days (the query repeats this WHERE clause so that SQLite uses the partial index).
CREATE INDEX events_type_ranges ON events (type, first_day) WHERE date_text LIKE '%/%';
