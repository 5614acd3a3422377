-- Whether the person chooses the accounts and their journals after the bank's consent (a connect
-- started from the wizard's pages): then the callback maps nothing and starts no fetch; the wizard's
-- accounts step does both on Confirm. Connects started through the API map by themselves, as before.
alter table connect_state add column choose_accounts boolean default false not null;
