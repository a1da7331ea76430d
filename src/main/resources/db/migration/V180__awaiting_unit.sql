-- Rules 2022.2 (rules.md, "unit recommendation"): a declaration its unit has not recommended (status SUBMITTED)
-- gets no verdict and waits for its unit, review_state AWAITING_UNIT. Declarations stored under 2022.1 that are
-- still SUBMITTED wait too; a verdict one of them already had stays in its history, and it is reviewed again
-- once a version is UNIT_RECOMMENDED. Runs on PostgreSQL and on H2.
UPDATE declaration SET review_state = 'AWAITING_UNIT', claimed_by = NULL, claimed_until = NULL
 WHERE status = 'SUBMITTED' AND review_state IN ('PENDING', 'REVIEWED');
