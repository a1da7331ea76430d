-- Several instances share the run records: each run says which instance runs it and when it last made
-- progress, so that a run whose instance died is marked ABANDONED and never one that is alive elsewhere.
ALTER TABLE sync_run ADD COLUMN instance_id VARCHAR(64);
ALTER TABLE sync_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
