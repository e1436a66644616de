-- 编制核定 and 领导职数核定 rows that passed the checks a row can make on its own, awaiting the set-wise load into
-- quota_approval or leadership_approval (as import_roster_row, V4). subject: the quota type or leadership category
-- (null when unreadable: the row then carries a refusal reported once its unit is found, as the services order them);
-- basis_json: the 批准文号 as a JSON string, for the change log. The rest is filled while storing: unit_id, fresh (the
-- row records a new approval), approval_id (its id), next_existing / next_earlier / next_any (the first later start on
-- record, among the file's earlier new rows, among all its new rows) and superseded (a later new row starts on the
-- same day), from which the approvals' end dates follow (ApprovalTimeline).
create table import_approval_row (
    job_id         bigint        not null,
    row_no         integer       not null,
    unit_text      varchar(200)  not null,
    unit_code      varchar(200)  not null,
    subject        varchar(30),
    approved       integer       not null,
    valid_from     date          not null,
    basis          varchar(200)  not null,
    basis_json     varchar(1000) not null,
    unit_id        bigint,
    fresh          boolean,
    approval_id    bigint,
    next_existing  date,
    next_earlier   date,
    next_any       date,
    superseded     boolean,
    primary key (job_id, row_no)
);
-- the rows of one unit and subject: the previous row of the same day, and the new rows starting later
create index import_approval_row_key_idx on import_approval_row (job_id, unit_id, subject, valid_from, row_no);
