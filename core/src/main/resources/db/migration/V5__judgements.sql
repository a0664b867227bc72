-- Portable SQL only (SQLite now, PostgreSQL later): no AUTOINCREMENT, no engine-specific functions; ids come from the application.
-- An analyst's judgements on facts. A judgement names its fact by a key that outlives a re-run: the kind, the
-- document's id (its content hash), the machine's event or relation type and the offsets of the fact's first passage
-- ("event:86cbf92ae677cec5:MEET:938-1100"); source and quote let it find the same words again in a changed version of
-- the document. Facts carry their key and their review status (null while unreviewed), which the application keeps
-- in step with the judgements, so every read sees the reviewed state.
ALTER TABLE events ADD COLUMN fact_key VARCHAR(255);
ALTER TABLE events ADD COLUMN review_status VARCHAR(16);
ALTER TABLE quantities ADD COLUMN fact_key VARCHAR(255);
ALTER TABLE quantities ADD COLUMN review_status VARCHAR(16);
ALTER TABLE relations ADD COLUMN fact_key VARCHAR(255);
ALTER TABLE relations ADD COLUMN review_status VARCHAR(16);

CREATE INDEX events_fact_key ON events (fact_key);
CREATE INDEX quantities_fact_key ON quantities (fact_key);
CREATE INDEX relations_fact_key ON relations (fact_key);

-- One judgement: action is ACCEPT, REJECT, EDIT or REVERT (reverts names the judgement it undoes); before_value and
-- after_value are JSON objects of the fields it changed (for ACCEPT and REJECT the review status).
CREATE TABLE judgements (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    target_kind VARCHAR(16) NOT NULL,
    target_key VARCHAR(255) NOT NULL,
    source TEXT NOT NULL,
    quote TEXT NOT NULL,
    action VARCHAR(16) NOT NULL,
    author VARCHAR(255) NOT NULL,
    made_at VARCHAR(40) NOT NULL,
    reason TEXT,
    before_value TEXT NOT NULL,
    after_value TEXT NOT NULL,
    reverts VARCHAR(64)
);

CREATE INDEX judgements_target ON judgements (target_key, made_at);

-- Settings of one data folder, such as the name judgements are made under (user).
CREATE TABLE settings (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL
);
