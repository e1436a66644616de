-- Units planned by an import file (UnitImportPlan: the rows that establish a new unit, checked in memory against the
-- registry in the order the service would record them), awaiting the set-wise load into unit, unit_version,
-- change_log, finding_queue and search_outbox. Ids and paths are assigned while staging; after_state is the change
-- log's entry (the unit as the API shows it), log_id its id, in the order the rows were planned.
create table import_unit_row (
    job_id             bigint        not null,
    row_no             integer       not null,
    unit_id            bigint        not null,
    code               varchar(18)   not null,
    path               varchar(1000) not null,
    name_key           varchar(120)  not null,
    established_on     date          not null,
    version_id         bigint        not null,
    name               varchar(100)  not null,
    short_name         varchar(50),
    aliases            varchar(500),
    kind               varchar(20)   not null,
    institution_class  varchar(30),
    parent_id          bigint,
    region_code        varchar(6)    not null,
    admin_level        varchar(10)   not null,
    funding            varchar(10)   not null,
    log_id             bigint        not null,
    after_state        varchar(100000) not null,
    primary key (job_id, row_no)
);
