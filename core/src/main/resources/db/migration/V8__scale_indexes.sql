-- Portable SQL only (SQLite and PostgreSQL): indexes that keep saving a document and reading a hub entity's pages
-- from growing with the store.

-- A changed version of a document is found by its path when it is saved.
CREATE INDEX documents_path ON documents (path);

-- Linking a new event reads the events of its type whose days overlap its own, a window of this index; it holds
-- every column the link reads, so the window is read from the index alone (it replaces events_type_days).
CREATE INDEX events_type_window ON events (type, first_day, last_day, happening_id, document_id, seq, date_text);
DROP INDEX events_type_days;

-- Events dated "a/b" may cover more than a year, so they are read apart from that window, through this partial
-- index (the query repeats its WHERE clause so that SQLite uses it).
CREATE INDEX events_type_ranges ON events (type, first_day, last_day, happening_id, document_id, seq, date_text)
    WHERE date_text LIKE '%/%';
