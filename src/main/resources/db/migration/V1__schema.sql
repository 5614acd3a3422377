-- The schema of the Online Synchronization module and the small part of the host ERP it needs.
-- Portable SQL: the same script runs on PostgreSQL and on H2 (PostgreSQL mode).
-- Sequences step by 50 to match the entities' allocationSize (EclipseLink-7027 otherwise).

create sequence company_seq start with 50 increment by 50;
create sequence journal_seq start with 50 increment by 50;
create sequence bank_statement_seq start with 50 increment by 50;
create sequence statement_line_seq start with 50 increment by 50;
create sequence online_link_seq start with 50 increment by 50;
create sequence online_account_seq start with 50 increment by 50;
create sequence sync_run_seq start with 50 increment by 50;
create sequence chatter_message_seq start with 50 increment by 50;

create table company (
    id bigint primary key,
    name varchar(200) not null,
    currency_code varchar(3) not null,
    lock_date date,
    version bigint not null default 0
);

create table module_user (
    user_name varchar(100) primary key,
    password_hash varchar(512) not null,
    active boolean not null default true,
    created_at timestamp with time zone not null
);

create table module_user_role (
    user_name varchar(100) not null references module_user (user_name),
    role_name varchar(40) not null,
    primary key (user_name, role_name)
);

-- Roles and what each implies, in one place: the identity store reads the implied role names.
create table role_implication (
    role_name varchar(40) not null,
    implied_role varchar(40) not null,
    primary key (role_name, implied_role)
);
insert into role_implication (role_name, implied_role) values
    ('SYNC_ADMIN', 'sync-admin'), ('SYNC_ADMIN', 'accountant'), ('SYNC_ADMIN', 'auditor'),
    ('ACCOUNTANT', 'accountant'), ('ACCOUNTANT', 'auditor'),
    ('AUDITOR', 'auditor');

create table journal (
    id bigint primary key,
    company_id bigint not null references company (id),
    name varchar(200) not null,
    code varchar(10) not null,
    currency_code varchar(3) not null,
    bank_account_number varchar(100),
    bank_statement_source varchar(20) not null,
    version bigint not null default 0,
    constraint uq_journal_code unique (company_id, code)
);

create table online_link (
    id bigint primary key,
    company_id bigint not null references company (id),
    name varchar(200) not null,
    institution_id varchar(100),
    institution_name varchar(200),
    provider_type varchar(40),
    state varchar(20) not null,
    auto_sync boolean not null,
    client_id varchar(200),
    refresh_token_sealed varchar(2000),
    access_token_sealed varchar(2000),
    consent_expiring_date date,
    last_refresh timestamp with time zone,
    next_refresh timestamp with time zone,
    statement_periodicity varchar(10) not null,
    provider_data varchar(4000),
    quota_wait_until timestamp with time zone,
    version bigint not null default 0,
    constraint uq_online_link_client unique (client_id)
);
create index ix_online_link_due on online_link (next_refresh);

create table online_account (
    id bigint primary key,
    link_id bigint not null references online_link (id),
    online_identifier varchar(200) not null,
    name varchar(200),
    account_number varchar(100),
    currency_code varchar(3) not null,
    balance numeric(20, 4),
    available_balance numeric(20, 4),
    last_sync timestamp with time zone,
    fetching_status varchar(20) not null,
    journal_id bigint references journal (id),
    version bigint not null default 0,
    constraint uq_online_account unique (link_id, online_identifier)
);

create table bank_statement (
    id bigint primary key,
    journal_id bigint not null references journal (id),
    name varchar(100) not null,
    date date not null,
    period_start date not null,
    period_end date not null,
    balance_start numeric(20, 4) not null,
    balance_end numeric(20, 4) not null,
    complete boolean not null default false,
    version bigint not null default 0,
    constraint uq_bank_statement_period unique (journal_id, period_start)
);

create table statement_line (
    id bigint primary key,
    statement_id bigint references bank_statement (id),
    journal_id bigint not null references journal (id),
    date date not null,
    payment_ref varchar(4000),
    amount numeric(20, 4) not null,
    currency_code varchar(3) not null,
    partner_name varchar(1000),
    account_number varchar(1000),
    foreign_currency_code varchar(3),
    amount_currency numeric(20, 4),
    reconciled boolean not null default false,
    online_transaction_identifier varchar(255),
    online_account_id bigint references online_account (id),
    online_link_id bigint references online_link (id),
    online_partner_information varchar(1000),
    version bigint not null default 0,
    -- The final word on duplicates: one line per transaction identifier and account.
    constraint uq_statement_line_online unique (online_account_id, online_transaction_identifier)
);
create index ix_statement_line_journal_date on statement_line (journal_id, date, id);
create index ix_statement_line_statement on statement_line (statement_id);

create table sync_run (
    id bigint primary key,
    link_id bigint not null references online_link (id),
    -- Equal to link_id while the run is queued, running or waiting, null after: one active run per link.
    active_link_id bigint,
    state varchar(10) not null,
    run_trigger varchar(10) not null,
    requested_by varchar(100),
    claimed_by varchar(100),
    lease_until timestamp with time zone,
    started_at timestamp with time zone not null,
    ended_at timestamp with time zone,
    resume_at timestamp with time zone,
    imported integer not null default 0,
    skipped_duplicates integer not null default 0,
    skipped_pending integer not null default 0,
    run_cursor varchar(4000),
    error_code integer,
    error_reference varchar(200),
    message varchar(2000),
    version bigint not null default 0,
    constraint uq_sync_run_active unique (active_link_id)
);
create index ix_sync_run_link on sync_run (link_id, id);

create table chatter_message (
    id bigint primary key,
    record_type varchar(40) not null,
    record_id bigint not null,
    author varchar(100) not null,
    created_at timestamp with time zone not null,
    kind varchar(10) not null,
    body varchar(4000) not null,
    error_code integer,
    error_reference varchar(200)
);
create index ix_chatter_record on chatter_message (record_type, record_id, id);

create table chatter_tracking (
    message_id bigint not null references chatter_message (id),
    position integer not null,
    field varchar(100) not null,
    old_value varchar(1000),
    new_value varchar(1000),
    primary key (message_id, position)
);
