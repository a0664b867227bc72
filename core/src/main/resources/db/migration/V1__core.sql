-- Portable SQL only (SQLite now, PostgreSQL later): no AUTOINCREMENT, no engine-specific functions; ids come from the application.

CREATE TABLE documents (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    content_hash VARCHAR(128) NOT NULL UNIQUE,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    media_type VARCHAR(255) NOT NULL,
    title TEXT,
    author TEXT,
    publisher TEXT,
    published VARCHAR(40),
    body TEXT NOT NULL,
    ingested_at VARCHAR(40) NOT NULL
);

CREATE INDEX documents_source ON documents (source);

CREATE TABLE entities (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    type VARCHAR(16) NOT NULL
);

CREATE INDEX entities_name_folded ON entities (name_folded);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE entity_aliases (
    entity_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    alias TEXT NOT NULL,
    alias_folded TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE INDEX entity_aliases_folded ON entity_aliases (alias_folded);

CREATE TABLE entity_keys (
    entity_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    match_key TEXT NOT NULL,
    PRIMARY KEY (entity_id, match_key)
);

CREATE INDEX entity_keys_key ON entity_keys (match_key);

-- One row per entity as one document told it, linked to its canonical entity; merge_reason says why it was merged
-- into an entity that already existed (null when this row created it), so a wrong merge can be undone.
CREATE TABLE document_entities (
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    local_id VARCHAR(255) NOT NULL,
    name TEXT NOT NULL,
    type VARCHAR(16) NOT NULL,
    entity_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    merge_reason TEXT,
    PRIMARY KEY (document_id, local_id)
);

CREATE INDEX document_entities_entity ON document_entities (entity_id);

CREATE TABLE mentions (
    document_id VARCHAR(64) NOT NULL,
    local_id VARCHAR(255) NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    surface TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id, start_pos, end_pos),
    FOREIGN KEY (document_id, local_id) REFERENCES document_entities (document_id, local_id),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
