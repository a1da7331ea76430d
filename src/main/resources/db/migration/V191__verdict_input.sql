-- Issue 24: what each verdict was computed from, so that it can be replayed with today's code. id is the verdict's id.
-- inputs (the dossier as the rules saw it: the declaration version, the SI, CE and archive answers, the decisions
-- applied, the re-check's date) is personal data: retention empties it with the declaration's verdicts; the digests
-- and the settings fingerprint stay. Written by gx.zhicheng.review.VerdictInputs only, linked into the hash chain.
CREATE TABLE verdict_input (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    declaration_id       VARCHAR(64)  NOT NULL,
    declaration_version  INTEGER      NOT NULL,
    kind                 VARCHAR(16)  NOT NULL,
    reviewed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    inputs_digest        VARCHAR(64)  NOT NULL,
    si_digest            VARCHAR(64)  NOT NULL,
    ce_digest            VARCHAR(64)  NOT NULL,
    archive_digest       VARCHAR(64)  NOT NULL,
    decisions_digest     VARCHAR(64)  NOT NULL,
    settings_fingerprint VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    inputs               TEXT
);
CREATE INDEX verdict_input_by_declaration ON verdict_input (declaration_id, id);
