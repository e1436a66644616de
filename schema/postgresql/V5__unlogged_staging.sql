-- Staged rows are scratch: a crash empties an unlogged table, and start-up discards unfinished jobs anyway.
-- Skipping the WAL roughly halves the cost of staging a million rows.
alter table import_roster_row set unlogged;
