-- A bank transaction a person deleted from the journal (Find Duplicates): the run must not import it
-- again, and Find Missing lists it as deleted until someone brings it back on purpose.
-- Manual lines (no online identifier) leave no record: no run could bring them back.
create sequence deleted_transaction_seq start with 50 increment by 50;

create table deleted_transaction (
    id bigint primary key,
    online_account_id bigint not null references online_account (id),
    online_transaction_identifier varchar(255) not null,
    journal_id bigint not null,
    date date not null,
    amount numeric(20, 4) not null,
    payment_ref varchar(4000),
    deleted_by varchar(100) not null,
    deleted_at timestamp with time zone not null,
    constraint uq_deleted_transaction_online unique (online_account_id, online_transaction_identifier)
);

-- Find Missing asks, per page of the bank's answer, which of its identifiers the account's journal
-- holds (online_transaction_identifier in (...)). H2 serves an IN list quickly only from an index's first
-- column, so the unique key (account, identifier) would mean a walk over the account per page
-- (the query names the identifiers only; see StoredTransactions).
create index ix_statement_line_online_identifier on statement_line (online_transaction_identifier);
