-- Bank file imports (camt, OFX, CSV): a preview is stored so that its confirm, on any node, writes
-- exactly the rows the person saw; lines from files get their own uniqueness per journal.

-- A line from a file has no online account, so the unique key (online_account_id, identifier) does
-- not hold it: import_key (the file line identifier) is unique per journal instead. NULLs are
-- distinct in H2 and PostgreSQL, so synced and typed lines (import_key null) are unaffected.
alter table statement_line add column import_key varchar(300);
create unique index uq_statement_line_import_key on statement_line (journal_id, import_key);

create sequence file_import_seq start with 50 increment by 50;

create table file_import (
    id bigint primary key,
    journal_id bigint not null references journal (id),
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    -- Set by the confirm in the transaction that writes the lines: a second confirm finds it set.
    confirmed_at timestamp with time zone,
    format varchar(10) not null,
    file_name varchar(255),
    account_number varchar(100),
    new_rows integer not null,
    duplicate_rows integer not null,
    invalid_rows integer not null,
    balance_start numeric(20, 4),
    balance_end numeric(20, 4),
    balance_check varchar(10) not null,
    balance_difference numeric(20, 4),
    -- The CSV mapping the file was read with (null for camt and OFX), remembered for the journal on confirm.
    csv_delimiter varchar(1),
    csv_encoding varchar(40),
    csv_header_rows integer,
    csv_date_format varchar(40),
    csv_decimal_separator varchar(1),
    csv_date integer,
    csv_amount integer,
    csv_debit integer,
    csv_credit integer,
    csv_label integer,
    csv_partner integer,
    csv_reference integer,
    csv_currency integer,
    csv_identifier integer
);
create index ix_file_import_expiry on file_import (expires_at);

-- One row of a preview as it was shown: its status and the line it becomes.
create table file_import_row (
    import_id bigint not null references file_import (id) on delete cascade,
    position integer not null,
    file_row integer not null,
    status varchar(10) not null,
    reason varchar(400),
    date date,
    payment_ref varchar(4000),
    amount numeric(20, 4),
    currency_code varchar(3),
    partner_name varchar(1000),
    account_number varchar(1000),
    foreign_currency_code varchar(3),
    amount_currency numeric(20, 4),
    identifier varchar(300),
    primary key (import_id, position)
);

-- The CSV mapping of a journal's last confirmed CSV import, used when the next CSV file comes without one.
create table journal_csv_mapping (
    journal_id bigint primary key references journal (id),
    csv_delimiter varchar(1) not null,
    csv_encoding varchar(40) not null,
    csv_header_rows integer not null,
    csv_date_format varchar(40) not null,
    csv_decimal_separator varchar(1) not null,
    csv_date integer not null,
    csv_amount integer not null,
    csv_debit integer not null,
    csv_credit integer not null,
    csv_label integer not null,
    csv_partner integer not null,
    csv_reference integer not null,
    csv_currency integer not null,
    csv_identifier integer not null
);
