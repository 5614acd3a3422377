-- Periodic jobs (the nightly clean-up, ...) run on every node's timers but once per period: the node
-- whose insert of (job, period) goes through runs it, the others see the row and skip. One small row
-- per job and period, kept as the record of which node ran what when.
create table scheduled_job_run (
    job_name varchar(60) not null,
    period varchar(40) not null,
    node varchar(100) not null,
    ran_at timestamp with time zone not null,
    primary key (job_name, period)
);

-- When each link was created, for the clean-up of links never finished (no account mapped) after a
-- month. Links from before this version count from the upgrade, so the first night after it removes
-- nothing; the default also serves rows written outside the module (fixtures, scripts).
alter table online_link add column created_at timestamp with time zone default current_timestamp not null;
