-- 职务层次 and 户口所在地 of a person, effective-dated like the person's records: a change closes the version in
-- force (valid_to) and inserts its successor, with who, when and on which document. kind: RANK (value a CadreRank
-- code) or HOUSEHOLD (value the place as written).
create sequence person_fact_seq start with 50 increment by 50;
create table person_fact (
    id              bigint       primary key,
    person_id       bigint       not null references person (id),
    kind            varchar(20)  not null,
    fact_value      varchar(100) not null,
    valid_from      date         not null,
    valid_to        date,
    basis_document  varchar(200),
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null,
    version         bigint       not null
);
create index person_fact_person_idx on person_fact (person_id, kind, valid_from);

-- the roster file's optional columns 职务层次 and 户口所在地
alter table import_roster_row add column cadre_rank varchar(20);
alter table import_roster_row add column household varchar(100);
