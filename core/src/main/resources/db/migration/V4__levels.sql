-- Portable SQL only (SQLite now, PostgreSQL later).
-- The label two states give their relationship as one document tells it ("comprehensive strategic partnership"),
-- with its rung on the partnership ladder (extract/ladder.tsv). The two states point at canonical entities, the
-- lower id first, so one pair reads the same from either end; formal is 1 for a level declared in an official act or
-- joint statement, 0 for a label of speech or commentary. Dates as in events: the text's value and its first and
-- last day.
CREATE TABLE levels (
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,
    state_a VARCHAR(255) NOT NULL REFERENCES entities (id),
    state_b VARCHAR(255) NOT NULL REFERENCES entities (id),
    label TEXT NOT NULL,
    label_folded TEXT NOT NULL,
    ladder_rank INTEGER NOT NULL,
    date_text VARCHAR(40),
    first_day VARCHAR(10),
    last_day VARCHAR(10),
    formal SMALLINT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (document_id, seq),
    CHECK (start_pos >= 0 AND end_pos >= start_pos),
    CHECK (formal IN (0, 1))
);

CREATE INDEX levels_pair ON levels (state_a, state_b, first_day);
