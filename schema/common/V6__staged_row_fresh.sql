-- Marks a staged roster row that creates something (its person or one of its records is new), decided once
-- before the range is stored: the counts and the change log of the import both read it.
alter table import_roster_row add column fresh boolean;
