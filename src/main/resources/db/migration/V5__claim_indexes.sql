-- A claimed batch is read back by its claim token; without these, every batch scans the whole table.
CREATE INDEX declaration_claimed_by ON declaration (claimed_by);
CREATE INDEX outbox_claimed_by ON outbox (claimed_by);
