-- Portable SQL only (SQLite and PostgreSQL): the links that let an entity's page find its happenings through indexes.

-- The document's own entities (local ids) with a mention inside a passage of one of its events ("Polonez entered
-- service" names Polonez): written when the event is saved, so the happenings an entity is named in are an indexed
-- join through document_entities instead of comparing every mention's offsets with every passage's at each read.
-- Local ids, not canonical ones: a merge or split of canonical entities moves document_entities, not these rows.
CREATE TABLE event_names (
    document_id VARCHAR(64) NOT NULL,
    event_seq INTEGER NOT NULL,
    local_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (document_id, local_id, event_seq),
    FOREIGN KEY (document_id, event_seq) REFERENCES events (document_id, seq),
    FOREIGN KEY (document_id, local_id) REFERENCES document_entities (document_id, local_id)
);

-- The links of the events stored before this version.
INSERT INTO event_names (document_id, event_seq, local_id)
SELECT DISTINCT ev.document_id, ev.event_seq, m.local_id
FROM event_evidence ev
JOIN mentions m ON m.document_id = ev.document_id AND m.start_pos >= ev.start_pos AND m.end_pos <= ev.end_pos;

-- The happenings an entity is the place of.
CREATE INDEX events_location ON events (location_id);
