-- Server-side CAT state (owner-only; students reach it only through exam.* functions).
INSERT INTO auth.settings (key, value) VALUES
    ('band_min', -4), ('band_width', 0.1), ('band_count', 80),  -- theta bands for candidate sets
    ('band_top_n', 100),       -- items guaranteed per band (see exam.rebuild_bands)
    ('naive_selection', 0)     -- 1 = score the whole pool every step (benchmark baseline)
ON CONFLICT (key) DO NOTHING;

-- Sympson-Hetter parameter per item (used when the session's config has none for the item).
CREATE TABLE exam.item_exposure (
    item_id bigint PRIMARY KEY REFERENCES public.items (id) ON DELETE CASCADE,
    sh_k    double precision NOT NULL DEFAULT 1 CHECK (sh_k >= 0 AND sh_k <= 1)
);

-- Candidate sets per subject and theta band. For band [t0, t1] every item has a lower bound
-- L = min I(theta) and an upper bound U = max I(theta) of its Fisher information on the band
-- (information is unimodal in theta). threshold = the band_top_n-th largest L. Items with
-- U >= threshold are stored as candidates; every other item is beaten on the whole band by
-- each candidate with L >= threshold ("guaranteed"), so as long as g eligible guaranteed
-- candidates remain, the top g eligible items of the whole pool are all among the candidates.
CREATE TABLE exam.bands (
    subject   text NOT NULL,
    band      smallint NOT NULL,
    threshold double precision NOT NULL,
    PRIMARY KEY (subject, band)
);
CREATE TABLE exam.band_candidates (
    subject  text NOT NULL,
    band     smallint NOT NULL,
    item_id  bigint NOT NULL REFERENCES public.items (id) ON DELETE CASCADE,
    lower    double precision NOT NULL,
    a        double precision NOT NULL,
    b        double precision NOT NULL,
    c        double precision NOT NULL,
    grade    smallint,
    strand   text,
    PRIMARY KEY (subject, band, item_id)
);
CREATE INDEX ix_exam_band_candidates_item_id ON exam.band_candidates (item_id);

CREATE TABLE exam.session_state (
    session_id        bigint PRIMARY KEY REFERENCES public.exam_sessions (id) ON DELETE CASCADE,
    exam_id           integer NOT NULL REFERENCES public.exams (id) ON DELETE CASCADE,
    student_id        integer NOT NULL REFERENCES public.students (id) ON DELETE CASCADE,
    config            jsonb NOT NULL,
    subject           text NOT NULL,
    grades            smallint[],
    strands           text[],
    content_key       text,
    grid              double precision[] NOT NULL,
    log_post          double precision[] NOT NULL,
    theta             double precision NOT NULL,
    se                double precision NOT NULL,
    answered          integer NOT NULL DEFAULT 0,
    pending_seq       integer,
    pending_item      bigint,
    pending_at        timestamptz,
    excluded          bigint[] NOT NULL DEFAULT '{}',   -- administered, seen before, SH-blocked
    areas             text[] NOT NULL DEFAULT '{}',     -- content label of each administered item
    deadline_at       timestamptz,
    paused_by_proctor boolean NOT NULL DEFAULT false,
    paused_at         timestamptz,
    paused_total      interval NOT NULL DEFAULT '0',
    last_activity_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    stop_reason       text,
    UNIQUE (exam_id, student_id)
);
