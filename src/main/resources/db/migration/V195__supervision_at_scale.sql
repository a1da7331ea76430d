-- The city office's supervision view (督导) at a province's scale (issue 23; docs/benchmark.md). Runs on PostgreSQL and
-- on H2 (MODE=PostgreSQL), as the owner of the tables.
--
-- 1. A decision keeps what the view groups and measures it by, written with the decision (review/DecisionLog): the
--    declaration's year and series, and the time of the first verdict of the decided version at or before the
--    decision (the median decision time is measured from it). Before, each read looked that verdict up per decision
--    and joined every decision to its declaration: at 1,000,000 declarations a scan of the declaration table and
--    1.5-2.6 s. The year and series are the declaration's when decided, as decision.office already is (V120).
--    Not part of the decision's link in the hash chain (audit/ChainKind hashes a fixed list of columns): derived
--    from the declaration and the chained verdicts. NULL for a decision written without them (by an instance of an
--    earlier release during an upgrade, or by hand): the view then looks them up as before.
ALTER TABLE decision ADD COLUMN decl_year INTEGER;
ALTER TABLE decision ADD COLUMN series VARCHAR(64);
ALTER TABLE decision ADD COLUMN first_verdict_at TIMESTAMP WITH TIME ZONE;

UPDATE decision d
   SET decl_year = (SELECT dc.decl_year FROM declaration dc WHERE dc.declaration_id = d.declaration_id),
       series = (SELECT dc.series FROM declaration dc WHERE dc.declaration_id = d.declaration_id),
       first_verdict_at = (SELECT MIN(v.created_at) FROM verdict v
                            WHERE v.declaration_id = d.declaration_id AND v.declaration_version = d.declaration_version
                              AND v.created_at <= d.decided_at);

-- The year's decisions grouped from this index alone.
CREATE INDEX decision_supervision ON decision (decl_year, office, series, decision, decided_at, first_verdict_at);

-- 2. The year's counts and its declarations waiting for a decision in one index-only scan: the statistics' index
--    (V140) with verify_since appended (the statistics read it as before; the VERIFY-waiting figures were a second
--    statement that read the table, 200-290 ms at 1,000,000).
DROP INDEX declaration_statistics;
CREATE INDEX declaration_statistics ON declaration
    (decl_year, review_office, review_state, latest_outcome, series, latest_office_name, declared_on, latest_rules,
     verify_since);
