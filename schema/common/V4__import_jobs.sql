-- Import jobs: each upload is a job whose state, counts and rejected rows outlive the request (and the
-- service). Roster rows are staged here, checked and stored set-wise, then the staged rows are deleted.

create sequence import_job_seq start with 50 increment by 50;

create table import_job (
    id                bigint        primary key,
    kind              varchar(20)   not null,
    mode              varchar(20)   not null,
    state             varchar(20)   not null,
    phase             varchar(20),
    file_name         varchar(255),
    file_format       varchar(20),
    file_bytes        bigint        not null,
    basis_document    varchar(200)  not null,
    submitted_by      varchar(100)  not null,
    scope_path        varchar(1000),
    submitted_at      timestamp with time zone not null,
    started_at        timestamp with time zone,
    finished_at       timestamp with time zone,
    progress          double precision not null,
    rows_read         integer       not null,
    rows_rejected     integer       not null,
    rows_created      integer       not null,
    rows_updated      integer       not null,
    rows_unchanged    integer       not null,
    cancel_requested  boolean       not null,
    message           varchar(2000),
    notes             varchar(20000)
);
create index import_job_submitter_idx on import_job (submitted_by, submitted_at);
create index import_job_state_idx on import_job (state);

-- Every fault of a rejected row, by spreadsheet row number (the header is row 1).
create table import_rejection (
    job_id       bigint        not null references import_job (id),
    row_no       integer       not null,
    column_name  varchar(50),
    reason       varchar(1000) not null
);
create index import_rejection_job_idx on import_rejection (job_id, row_no);

-- Roster rows that passed every check a row can make on its own, normalised, awaiting the set-wise checks.
create table import_roster_row (
    job_id            bigint       not null,
    row_no            integer      not null,
    id_number         varchar(18)  not null,
    name              varchar(50)  not null,
    gender            varchar(6)   not null,
    birth_date        date         not null,
    identity          varchar(30)  not null,
    occ_unit          varchar(18),
    quota_type        varchar(30),
    entry_date        date,
    entry_route       varchar(30),
    increase_notice   varchar(40),
    post_unit         varchar(18),
    post_type         varchar(30),
    arrangement       varchar(30),
    post_from         date,
    secondment_end    date,
    approval_document varchar(200),
    lead_unit         varchar(18),
    lead_category     varchar(30),
    lead_from         date,
    primary key (job_id, row_no)
);
