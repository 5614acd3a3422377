-- Signatures of the proxy's webhook calls already accepted: the same signed body sent again within
-- the 300 s window is a replay and is refused. Rows older than the window may be deleted.
create table webhook_receipt (
    signature varchar(64) primary key,
    client_id varchar(200) not null,
    received_at timestamp with time zone not null
);
create index ix_webhook_receipt_time on webhook_receipt (received_at);
