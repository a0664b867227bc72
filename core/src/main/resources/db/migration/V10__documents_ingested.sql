-- The latest ingest, read on every kept read to tell a store another process changed, and as-of cuts by ingest
-- day: an index makes both a seek instead of a scan of every document's row.
CREATE INDEX documents_ingested ON documents (ingested_at);
