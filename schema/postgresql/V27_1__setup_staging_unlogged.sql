-- The setup imports' staging tables are scratch as well (V5): no WAL for them. The approvals' rows are rewritten once
-- by the set-wise load (ApprovalBulkLoad: fresh, id, end dates; no indexed column): room left on each page lets
-- PostgreSQL rewrite them in place (a HOT update, without new index entries).
alter table import_approval_row set unlogged;
alter table import_approval_row set (fillfactor = 60);
alter table import_unit_row set unlogged;
