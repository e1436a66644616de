-- The staged rows of one person in an import, so that asking whether an earlier row of the file already created a
-- record is a probe per row, not a scan of the staging table per row (as V17 for crossings).
create index import_roster_row_person_idx on import_roster_row (job_id, id_number, row_no);
