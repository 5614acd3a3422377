-- Engine core: fenced claims, the link's problem and failure counters as columns, an unbounded cursor.

-- Each claim gets a fresh token; a runner's writes only land while the run is still running with it.
alter table sync_run add column claim_token varchar(36);
-- The proxy's next_data is opaque and may be large: the cursor must never make a page write fail.
alter table sync_run alter column run_cursor set data type text;

-- What a person must do about the link (reconnect, updateCredentials, fetchAgain) and why, as columns,
-- so the dashboard never parses it back out of a chatter message.
alter table online_link add column problem_action varchar(20);
alter table online_link add column problem_message varchar(1000);
-- Consecutive failed runs (for the backoff), and the repeats of one code not yet told in the chatter.
alter table online_link add column failure_count integer not null default 0;
alter table online_link add column failure_code integer;
alter table online_link add column failure_repeats integer not null default 0;
alter table online_link add column failure_reported_at timestamp with time zone;

-- The scheduler takes due links by due time with the backoff applied.
create index ix_online_link_due_auto on online_link (auto_sync, next_refresh);

-- Links connected before this version whose first run failed were never planned again: plan them now.
update online_link set next_refresh = current_timestamp where next_refresh is null and state <> 'DISCONNECTED';
