-- Public security's own records beside the crossings (seed 002, 公安机关重点核查的3类问题): the travel documents it
-- issued (证件签发记录) and the 出国（境）证明 issued for people to apply with. Both stand on their own like
-- border_crossing: kept by ID number, joined to people when read, never changed once stored.

create sequence document_issuance_seq start with 50 increment by 50;
create sequence exit_certificate_seq start with 50 increment by 50;

-- 证件签发记录: doc_type PASSPORT / HK_MACAO_PERMIT / TAIWAN_PERMIT; a document number is issued once.
create table document_issuance (
    id              bigint        primary key,
    id_number       varchar(18)   not null,
    person_name     varchar(50)   not null,
    doc_type        varchar(20)   not null,
    doc_number      varchar(30)   not null,
    issued_on       date          not null,
    authority       varchar(100)  not null,
    import_job_id   bigint,
    import_row      integer,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    constraint document_issuance_uk unique (doc_type, doc_number)
);
create index document_issuance_holder_idx on document_issuance (id_number, doc_type);

-- 出国（境）证明: issuer is the unit that issued it, as written on it (compared with the filing's 人事主管部门).
create table exit_certificate (
    id                  bigint        primary key,
    id_number           varchar(18)   not null,
    person_name         varchar(50)   not null,
    certificate_number  varchar(40)   not null,
    issued_on           date          not null,
    issuer              varchar(200)  not null,
    import_job_id       bigint,
    import_row          integer,
    recorded_by         varchar(100)  not null,
    recorded_at         timestamp with time zone not null,
    constraint exit_certificate_uk unique (certificate_number)
);
create index exit_certificate_holder_idx on exit_certificate (id_number);

-- Staging of the two imports (as import_crossing_row, V16); fresh marks rows that add a record.
create table import_issuance_row (
    job_id       bigint        not null,
    row_no       integer       not null,
    id_number    varchar(18)   not null,
    person_name  varchar(50)   not null,
    doc_type     varchar(20)   not null,
    doc_number   varchar(30)   not null,
    issued_on    date          not null,
    authority    varchar(100)  not null,
    fresh        boolean,
    primary key (job_id, row_no)
);

create table import_certificate_row (
    job_id              bigint        not null,
    row_no              integer       not null,
    id_number           varchar(18)   not null,
    person_name         varchar(50)   not null,
    certificate_number  varchar(40)   not null,
    issued_on           date          not null,
    issuer              varchar(200)  not null,
    fresh               boolean,
    primary key (job_id, row_no)
);
