-- The operator side at a province's scale (issue 13): what the VERIFY queue and the statistics read, kept as
-- columns of each declaration so that they are answered from indexes instead of parsing every latest verdict.
-- Runs on PostgreSQL and on H2 (MODE=PostgreSQL).
--
-- From the declaration as stored (written by DeclarationStore with the payload):
--   series, declared_on          the payload's series and declaredOn
-- From the declaration's latest verdict (written by VerdictRecorder in the transaction that inserts the verdict):
--   latest_verdict_id            the highest verdict id of the declaration
--   latest_verdict_at            its created_at (the queue's order)
--   latest_outcome               its outcome
--   latest_office_name           its reviewOffice.name (the statistics count offices by the verdict's office name)
--   latest_rules                 the distinct rule codes of its findings, as ',A,B,' (statistics by rule)
--   verify_rules                 the rule codes of its VERIFY findings no decision was taken on (with the finding's
--                                evidence), as ',A,B,'; NULL when none is open. Recomputed by each decision (DecisionLog).
--   verify_since                 latest_verdict_at while verify_rules is set, else NULL: the queue's key
-- read_model: NULL for a row these columns were never derived for (rows stored before this version, or by an
-- older instance); filled in at start-up from the payload and the verdicts (review/LatestVerdictIndex).
ALTER TABLE declaration ADD COLUMN series VARCHAR(64);
ALTER TABLE declaration ADD COLUMN declared_on DATE;
ALTER TABLE declaration ADD COLUMN latest_verdict_id BIGINT;
ALTER TABLE declaration ADD COLUMN latest_verdict_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE declaration ADD COLUMN latest_outcome VARCHAR(16);
ALTER TABLE declaration ADD COLUMN latest_office_name VARCHAR(128);
ALTER TABLE declaration ADD COLUMN latest_rules VARCHAR(2000);
ALTER TABLE declaration ADD COLUMN verify_rules VARCHAR(1000);
ALTER TABLE declaration ADD COLUMN verify_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE declaration ADD COLUMN read_model SMALLINT;

-- The VERIFY queue, oldest verdict first, paged by (verify_since, declaration_id): the city office's walk, and a
-- county's (its office first). Every column a filter or the count reads is in the index, so a page and the count
-- are read from the index alone (full indexes, not partial ones: H2 has none).
CREATE INDEX declaration_verify_queue ON declaration
    (verify_since, declaration_id, review_office, review_state, series, latest_outcome, verify_rules);
CREATE INDEX declaration_verify_queue_by_office ON declaration
    (review_office, verify_since, declaration_id, review_state, series, latest_outcome, verify_rules);

-- The statistics of a year (or a range of years) grouped in SQL, read from this index alone.
CREATE INDEX declaration_statistics ON declaration
    (decl_year, review_office, review_state, latest_outcome, series, latest_office_name, declared_on, latest_rules);
