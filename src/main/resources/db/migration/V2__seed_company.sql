-- Seed data (not demo data): the host company every journal and link belongs to, and its first
-- bank journal, as a fresh ERP has them. The admin renames them; ids stay below the sequences' start.
insert into company (id, name, currency_code, lock_date, version) values (1, 'My Company', 'EUR', null, 0);
insert into journal (id, company_id, name, code, currency_code, bank_account_number, bank_statement_source, version)
    values (1, 1, 'Bank', 'BNK1', 'EUR', null, 'UNDEFINED', 0);
