-- Settings of the whole installation, shared by every node: the installation id sent to the proxy
-- (db_uuid) lives here instead of in each node's data folder.
create table module_setting (
    setting_name varchar(64) primary key,
    setting_value varchar(200) not null
);
