-- Reminders that a link's consent runs out (15, 3 and 1 days before), each sent once per link, expiry
-- date and threshold across all nodes: the node whose insert goes through posts the chatter message in
-- the same transaction, the others see the row and skip. A renewed consent has a new expiry date, so its
-- reminders start afresh. The rows go with the link (the clean-up may delete a link never finished).
create table consent_reminder (
    link_id bigint not null references online_link (id) on delete cascade,
    expiry_date date not null,
    days_before integer not null,
    sent_at timestamp with time zone not null,
    primary key (link_id, expiry_date, days_before)
);

-- Who is mailed the reminders: a mail address or a user name; by default the admin who connected the
-- link. Links from before this version take the author of their first "Connected to ..." message.
alter table online_link add column renewal_contact varchar(320);
update online_link set renewal_contact = (select m.author from chatter_message m where m.id = (
        select min(c.id) from chatter_message c where c.record_type = 'online_link' and c.record_id = online_link.id
        and c.kind = 'ACTION' and c.body like 'Connected to %'));
