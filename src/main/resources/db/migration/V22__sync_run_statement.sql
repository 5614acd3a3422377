-- The statements a run put lines into, for its chatter message ("statements touched") and the audit
-- export; written with the lines, so a crash keeps both or neither.
create table sync_run_statement (
    run_id bigint not null references sync_run (id) on delete cascade,
    statement_id bigint not null references bank_statement (id) on delete cascade,
    primary key (run_id, statement_id)
);
create index ix_sync_run_statement_statement on sync_run_statement (statement_id);
