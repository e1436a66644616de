-- Bianzhi registry: units, approvals, people and their effective-dated records, the quota-control
-- workflow and the change log. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Effective-dated rows: valid_from inclusive, valid_to exclusive (null = open); "as of D" is
-- valid_from <= D and (valid_to is null or valid_to > D). Rows are closed, never deleted.

create sequence unit_seq start with 50 increment by 50;
create sequence unit_version_seq start with 50 increment by 50;
create sequence quota_approval_seq start with 50 increment by 50;
create sequence leadership_approval_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;
create sequence occupancy_seq start with 50 increment by 50;
create sequence posting_seq start with 50 increment by 50;
create sequence appointment_seq start with 50 increment by 50;
create sequence staffing_plan_seq start with 50 increment by 50;
create sequence notice_seq start with 50 increment by 50;
create sequence change_log_seq start with 50 increment by 50;

create table unit (
    id              bigint       primary key,
    code            varchar(18)  not null,
    path            varchar(1000) not null,
    name_key        varchar(120),
    established_on  date         not null,
    abolished_on    date,
    version         bigint       not null,
    constraint unit_code_uk unique (code),
    constraint unit_name_key_uk unique (name_key)
);
create index unit_path_idx on unit (path);

create table unit_version (
    id                bigint       primary key,
    unit_id           bigint       not null references unit (id),
    name              varchar(100) not null,
    short_name        varchar(50),
    aliases           varchar(500),
    kind              varchar(20)  not null,
    institution_class varchar(30),
    parent_id         bigint       references unit (id),
    region_code       varchar(6)   not null,
    admin_level       varchar(10)  not null,
    funding           varchar(10)  not null,
    valid_from        date         not null,
    valid_to          date,
    basis_document    varchar(200),
    recorded_by       varchar(100) not null,
    recorded_at       timestamp with time zone not null
);
create index unit_version_unit_idx on unit_version (unit_id, valid_from);
create index unit_version_parent_idx on unit_version (parent_id, valid_from);

create table quota_approval (
    id              bigint       primary key,
    unit_id         bigint       not null references unit (id),
    quota_type      varchar(30)  not null,
    approved_count  integer      not null check (approved_count >= 0),
    valid_from      date         not null,
    valid_to        date,
    basis_document  varchar(200),
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null
);
create index quota_approval_asof_idx on quota_approval (unit_id, quota_type, valid_from);

create table leadership_approval (
    id              bigint       primary key,
    unit_id         bigint       not null references unit (id),
    category        varchar(30)  not null,
    approved_count  integer      not null check (approved_count >= 0),
    valid_from      date         not null,
    valid_to        date,
    basis_document  varchar(200),
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null
);
create index leadership_approval_asof_idx on leadership_approval (unit_id, category, valid_from);

-- One row per (unit, quota type or LEADERSHIP:category): locked while slots are counted and filled or an
-- approval is recorded, so entries and approvals cannot race.
create table quota_lock (
    unit_id     bigint      not null,
    quota_type  varchar(30) not null,
    primary key (unit_id, quota_type)
);

create table person (
    id              bigint       primary key,
    id_number       varchar(18)  not null,
    name            varchar(50)  not null,
    gender          varchar(6)   not null,
    birth_date      date         not null,
    identity        varchar(30)  not null,
    version         bigint       not null,
    basis_document  varchar(200),
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null,
    constraint person_id_number_uk unique (id_number)
);
create index person_name_idx on person (name);

create table occupancy (
    id                  bigint       primary key,
    person_id           bigint       not null references person (id),
    unit_id             bigint       not null references unit (id),
    quota_type          varchar(30)  not null,
    valid_from          date         not null,
    valid_to            date,
    entry_route         varchar(30),
    increase_notice_no  varchar(40),
    exit_reason         varchar(30),
    decrease_notice_no  varchar(40),
    override_reason     varchar(500),
    basis_document      varchar(200),
    recorded_by         varchar(100) not null,
    recorded_at         timestamp with time zone not null,
    closed_by           varchar(100),
    closed_at           timestamp with time zone,
    version             bigint       not null
);
create index occupancy_asof_idx on occupancy (unit_id, quota_type, valid_from);
create index occupancy_person_idx on occupancy (person_id);

create table posting (
    id                 bigint       primary key,
    person_id          bigint       not null references person (id),
    unit_id            bigint       not null references unit (id),
    post_type          varchar(30)  not null,
    arrangement        varchar(30)  not null,
    valid_from         date         not null,
    valid_to           date,
    secondment_end     date,
    approval_document  varchar(200),
    basis_document     varchar(200),
    recorded_by        varchar(100) not null,
    recorded_at        timestamp with time zone not null,
    version            bigint       not null
);
create index posting_asof_idx on posting (unit_id, valid_from);
create index posting_person_idx on posting (person_id);

create table appointment (
    id              bigint       primary key,
    person_id       bigint       not null references person (id),
    unit_id         bigint       not null references unit (id),
    category        varchar(30)  not null,
    valid_from      date         not null,
    valid_to        date,
    basis_document  varchar(200),
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null,
    version         bigint       not null
);
create index appointment_asof_idx on appointment (unit_id, category, valid_from);
create index appointment_person_idx on appointment (person_id);

create table staffing_plan (
    id                 bigint       primary key,
    unit_id            bigint       not null references unit (id),
    quota_type         varchar(30)  not null,
    requested_count    integer      not null check (requested_count > 0),
    reason             varchar(500),
    status             varchar(20)  not null,
    applied_on         date         not null,
    applied_by         varchar(100) not null,
    decided_on         date,
    decided_by         varchar(100),
    decision_document  varchar(200),
    decision_note      varchar(500),
    valid_until        date,
    version            bigint       not null
);
create index staffing_plan_unit_idx on staffing_plan (unit_id, quota_type, status);

create table notice (
    id                bigint       primary key,
    number            varchar(40)  not null,
    kind              varchar(10)  not null,
    notice_year       integer      not null,
    serial            integer      not null,
    unit_id           bigint       not null references unit (id),
    quota_type        varchar(30)  not null,
    person_id         bigint       not null references person (id),
    occupancy_id      bigint       not null references occupancy (id),
    staffing_plan_id  bigint       references staffing_plan (id),
    effective_date    date         not null,
    entry_route       varchar(30),
    exit_reason       varchar(30),
    override_reason   varchar(500),
    issued_on         date         not null,
    issued_by         varchar(100) not null,
    issued_at         timestamp with time zone not null,
    constraint notice_number_uk unique (number),
    constraint notice_serial_uk unique (kind, notice_year, serial)
);
create index notice_person_idx on notice (person_id);
create index notice_plan_idx on notice (staffing_plan_id, issued_on);

-- Last serial issued per kind and year; its row lock makes numbers gapless and sequential.
create table notice_counter (
    kind         varchar(10) not null,
    notice_year  integer     not null,
    last_serial  integer     not null,
    primary key (kind, notice_year)
);

create table change_log (
    id              bigint       primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(100) not null,
    entity_type     varchar(40)  not null,
    entity_id       bigint       not null,
    person_id       bigint,
    unit_id         bigint,
    action          varchar(40)  not null,
    basis_document  varchar(200),
    before_state    varchar(100000),
    after_state     varchar(100000)
);
create index change_log_entity_idx on change_log (entity_type, entity_id);
create index change_log_person_idx on change_log (person_id);
create index change_log_unit_idx on change_log (unit_id);
