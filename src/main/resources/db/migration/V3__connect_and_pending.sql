-- One-time `state` values of the connect flow (anti-CSRF): bound to a user name, used once,
-- valid ten minutes. The random value itself is never stored, only its SHA-256.
create table connect_state (
    state_hash varchar(64) primary key,
    user_name varchar(100) not null,
    mode varchar(20) not null,
    institution_id varchar(100),
    link_id bigint references online_link (id),
    start_date date,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone
);

-- Pending transactions of the last run, per account: shown apart, replaced at every run, never lines.
create sequence pending_transaction_seq start with 50 increment by 50;
create table pending_transaction (
    id bigint primary key,
    online_account_id bigint not null references online_account (id),
    online_transaction_identifier varchar(255) not null,
    date date not null,
    payment_ref varchar(4000),
    amount numeric(20, 4) not null,
    currency_code varchar(3) not null,
    partner_name varchar(1000),
    account_number varchar(1000),
    foreign_currency_code varchar(3),
    amount_currency numeric(20, 4),
    run_id bigint references sync_run (id)
);
create index ix_pending_account on pending_transaction (online_account_id, date);

-- The link's start date for its first import (chosen in the connect flow), and a run's skipped lines.
alter table online_account add column start_date date;
alter table sync_run add column skipped_locked integer not null default 0;
