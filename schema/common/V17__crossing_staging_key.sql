-- The key of a staged crossing, so that finding the first row of each crossing in an import is a probe per row, not a
-- scan of the staging table per row.
create index import_crossing_row_key_idx on import_crossing_row (job_id, id_number, doc_number, crossed_on);
