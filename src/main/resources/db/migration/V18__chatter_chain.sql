-- Tamper-evident chatter: each message sealed (SHA-256) to its record's previous one, and each record's
-- count and last hash kept apart, so an edited, removed or inserted message is seen by Verify.
-- V19 (SealExistingChatter, Java) seals the messages written before this version and, on PostgreSQL,
-- adds the trigger that refuses UPDATE and DELETE on the chatter tables.
alter table chatter_message add column hash varchar(64);
alter table chatter_message add column previous_hash varchar(64);

create table chatter_head (
    record_type varchar(40) not null,
    record_id bigint not null,
    message_count bigint not null,
    last_hash varchar(64),
    primary key (record_type, record_id)
);
