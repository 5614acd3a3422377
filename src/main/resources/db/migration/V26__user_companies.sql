-- Companies a user may act in: every page and API call acts in one of them and sees nothing of the
-- others. The installation had one company until now and every user saw it: every existing user keeps
-- every existing company.
create table module_user_company (
    user_name varchar(100) not null references module_user (user_name),
    company_id bigint not null references company (id),
    primary key (user_name, company_id)
);
insert into module_user_company (user_name, company_id) select u.user_name, c.id from module_user u cross join company c;

-- The company a connection was started in: the callback creates the new link there (a connection
-- started before this version, ten minutes at most, in the seeded company).
alter table connect_state add column company_id bigint default 1 not null;
