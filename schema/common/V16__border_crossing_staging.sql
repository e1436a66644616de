-- 出入境记录 rows of a public-security extract that passed the checks a row can make on its own, awaiting the
-- set-wise load into border_crossing (V12). fresh marks the rows that add a crossing not yet on record.
create table import_crossing_row (
    job_id       bigint        not null,
    row_no       integer       not null,
    id_number    varchar(18)   not null,
    doc_type     varchar(20)   not null,
    doc_number   varchar(30)   not null,
    direction    varchar(10)   not null,
    crossed_on   date          not null,
    port         varchar(100)  not null,
    destination  varchar(100),
    fresh        boolean,
    primary key (job_id, row_no)
);
