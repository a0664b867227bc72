-- Portable SQL only (SQLite now, PostgreSQL later): no AUTOINCREMENT, no engine-specific functions; ids come from the application.
-- Facts point at canonical entities (entities.id). Dates keep the text's ISO value (date_text) and its first and last
-- day (YYYY-MM-DD), which sort and compare as strings for ordering and overlap.

-- One real-world happening; the events of several documents that report it point at it.
CREATE TABLE happenings (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    type VARCHAR(16) NOT NULL
);

-- One event as one document tells it; link_reason says why it joined a happening another document reported
-- (null when this event started the happening), so a wrong link can be undone.
CREATE TABLE events (
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,
    happening_id VARCHAR(64) NOT NULL REFERENCES happenings (id),
    link_reason TEXT,
    type VARCHAR(16) NOT NULL,
    cameo VARCHAR(8) NOT NULL,
    date_text VARCHAR(40),
    first_day VARCHAR(10),
    last_day VARCHAR(10),
    location_id VARCHAR(255) REFERENCES entities (id),
    summary TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE INDEX events_happening ON events (happening_id);
CREATE INDEX events_type_days ON events (type, first_day, last_day);

CREATE TABLE event_participants (
    document_id VARCHAR(64) NOT NULL,
    event_seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    entity_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    PRIMARY KEY (document_id, event_seq, entity_id),
    FOREIGN KEY (document_id, event_seq) REFERENCES events (document_id, seq)
);

CREATE INDEX event_participants_entity ON event_participants (entity_id);

-- Every passage that tells the event, in the document's order of the extraction (ord 0 first).
CREATE TABLE event_evidence (
    document_id VARCHAR(64) NOT NULL,
    event_seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (document_id, event_seq, ord),
    FOREIGN KEY (document_id, event_seq) REFERENCES events (document_id, seq),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);

-- A figure; measure_head is the last word of the folded measure, parentheses left out ("range", "deficit").
CREATE TABLE quantities (
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,
    figure_value DOUBLE PRECISION NOT NULL,
    unit VARCHAR(16) NOT NULL,
    measure TEXT NOT NULL,
    measure_folded TEXT NOT NULL,
    measure_head VARCHAR(255) NOT NULL,
    qualifier VARCHAR(64),
    date_text VARCHAR(40),
    first_day VARCHAR(10),
    last_day VARCHAR(10),
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (document_id, seq),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);

CREATE INDEX quantities_unit_head ON quantities (unit, measure_head);

CREATE TABLE quantity_subjects (
    document_id VARCHAR(64) NOT NULL,
    quantity_seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    entity_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    PRIMARY KEY (document_id, quantity_seq, entity_id),
    FOREIGN KEY (document_id, quantity_seq) REFERENCES quantities (document_id, seq)
);

CREATE INDEX quantity_subjects_entity ON quantity_subjects (entity_id);

CREATE TABLE relations (
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,
    type VARCHAR(16) NOT NULL,
    subject_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    object_id VARCHAR(255) NOT NULL REFERENCES entities (id),
    title TEXT,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (document_id, seq),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);

CREATE INDEX relations_subject ON relations (subject_id);
CREATE INDEX relations_object ON relations (object_id);
