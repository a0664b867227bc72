-- Portable SQL only (SQLite now, PostgreSQL later): no AUTOINCREMENT, no engine-specific functions; ids come from the application.
-- Entity judgements (rename, retype, merge, split) are rows of the judgements table, keyed by one mention of the entity
-- ("entity:86cbf92ae677cec5:120-127": document id and the mention's offsets), so that they find their entity again
-- after a re-run. An entity merged into another leaves its id here, so that links to it still lead somewhere; the
-- application rebuilds these rows from the standing merge judgements.
CREATE TABLE entity_redirects (
    entity_id VARCHAR(255) NOT NULL PRIMARY KEY,
    target_id VARCHAR(255) NOT NULL
);
