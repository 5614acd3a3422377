-- A password someone else chose (the generated bootstrap password printed in the log, a reset by an
-- admin) opens the pages only to choose one's own.
alter table module_user add column password_change_required boolean default false not null;
