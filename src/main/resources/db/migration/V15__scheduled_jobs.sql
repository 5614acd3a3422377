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
