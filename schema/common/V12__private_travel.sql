-- 因私出国（境）管理 (DOMAIN.md section 10, seeds 000-003): who is filed with public security, their travel
-- documents and the custody ledger, private-travel applications and personal declarations, border crossings
-- imported from public security, and the cases of violations with their handling.
-- Effective-dated rows follow the registry: valid_from inclusive, valid_to exclusive (null = open), never deleted.

create sequence travel_filing_seq start with 50 increment by 50;
create sequence travel_document_seq start with 50 increment by 50;
create sequence custody_movement_seq start with 50 increment by 50;
create sequence travel_application_seq start with 50 increment by 50;
create sequence travel_declaration_seq start with 50 increment by 50;
create sequence border_crossing_seq start with 50 increment by 50;
create sequence travel_case_seq start with 50 increment by 50;
create sequence travel_case_handling_seq start with 50 increment by 50;

-- 登记备案人员: one row per state of a person's filing. A change closes the open row and inserts its successor
-- (change_of names the row it replaced). status: NOT_FILED 未备案 (not yet reported to the public security
-- exit-entry office), FILED 已备案 (the first state, reported on reported_on), CHANGE_FILED 变更备案 (a later state,
-- reported on reported_on). valid_from is the day the obligation arose (appointed, information changed), from
-- which the 30 days to report run.
create table travel_filing (
    id              bigint        primary key,
    person_id       bigint        not null references person (id),
    category        varchar(30)   not null,
    department      varchar(200)  not null,
    status          varchar(20)   not null,
    reported_on     date,
    change_of       bigint        references travel_filing (id),
    valid_from      date          not null,
    valid_to        date,
    end_reason      varchar(500),
    basis_document  varchar(200),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    version         bigint        not null,
    constraint travel_filing_period_ck check (valid_to is null or valid_to >= valid_from),
    constraint travel_filing_reported_ck check ((status = 'NOT_FILED') = (reported_on is null))
);
create index travel_filing_person_idx on travel_filing (person_id, valid_from);

-- 因私出入境证件: PASSPORT 因私护照, HK_MACAO_PERMIT 往来港澳通行证, TAIWAN_PERMIT 大陆居民往来台湾通行证.
-- declared_on: when the holder reported the document to the organisation; cancelled_on: 注销/吊销/遗失.
create table travel_document (
    id              bigint        primary key,
    person_id       bigint        not null references person (id),
    doc_type        varchar(20)   not null,
    doc_number      varchar(30)   not null,
    issued_on       date,
    expires_on      date,
    declared_on     date          not null,
    cancelled_on    date,
    cancel_reason   varchar(500),
    basis_document  varchar(200),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    version         bigint        not null,
    constraint travel_document_number_uk unique (doc_type, doc_number)
);
create index travel_document_person_idx on travel_document (person_id);

-- 因私出国（境）审批. status: SUBMITTED, APPROVED, REJECTED, WITHDRAWN. source: DESK (entered) or IMPORT (an
-- approval of the past, imported as it was decided, not checked at entry).
create table travel_application (
    id                     bigint        primary key,
    application_number     varchar(20)   not null,
    application_year       integer       not null,
    serial                 integer       not null,
    person_id              bigint        not null references person (id),
    purpose                varchar(20)   not null,
    purpose_note           varchar(1000),
    departs_on             date          not null,
    returns_on             date          not null,
    applied_on             date          not null,
    unit_opinion           varchar(1000),
    unit_opinion_by        varchar(100),
    unit_opinion_on        date,
    discipline_opinion     varchar(1000),
    discipline_opinion_by  varchar(100),
    discipline_opinion_on  date,
    status                 varchar(20)   not null,
    decided_on             date,
    decided_by             varchar(100),
    decision_document      varchar(200),
    decision_note          varchar(1000),
    source                 varchar(10)   not null,
    recorded_by            varchar(100)  not null,
    recorded_at            timestamp with time zone not null,
    version                bigint        not null,
    constraint travel_application_number_uk unique (application_number),
    constraint travel_application_serial_uk unique (application_year, serial),
    constraint travel_application_dates_ck check (returns_on >= departs_on)
);
create index travel_application_person_idx on travel_application (person_id, departs_on);

-- 前往国家（地区）, as normalised names (日本, 香港, 澳门, 台湾 ...).
create table travel_application_destination (
    application_id  bigint        not null references travel_application (id),
    destination     varchar(100)  not null,
    primary key (application_id, destination)
);

create table travel_application_counter (
    application_year  integer  primary key,
    last_serial       integer  not null
);

-- 证件保管台账: HAND_IN 上交保管, CHECK_OUT 领用 (for an approved application), RETURN 归还, RELEASE 退还本人
-- (no longer filed, or the document cancelled). A document is in custody after HAND_IN or RETURN.
create table custody_movement (
    id              bigint        primary key,
    document_id     bigint        not null references travel_document (id),
    kind            varchar(20)   not null,
    moved_on        date          not null,
    application_id  bigint        references travel_application (id),
    note            varchar(500),
    basis_document  varchar(200),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    constraint custody_movement_checkout_ck check (kind <> 'CHECK_OUT' or application_id is not null)
);
create index custody_movement_document_idx on custody_movement (document_id, moved_on);

-- 个人报告的出国（境）情况: trips a person reported themselves (e.g. in a self-check), approved or not.
create table travel_declaration (
    id              bigint        primary key,
    person_id       bigint        not null references person (id),
    departs_on      date          not null,
    returns_on      date,
    destinations    varchar(500)  not null,
    declared_on     date          not null,
    note            varchar(1000),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    version         bigint        not null
);
create index travel_declaration_person_idx on travel_declaration (person_id, departs_on);

-- 出入境记录 from public security. direction: EXIT 出境, ENTRY 入境. person_id is set when the ID number is on
-- record. A crossing is stored once: importing the same file again adds nothing.
create table border_crossing (
    id              bigint        primary key,
    id_number       varchar(18)   not null,
    person_id       bigint        references person (id),
    doc_type        varchar(20)   not null,
    doc_number      varchar(30)   not null,
    direction       varchar(10)   not null,
    crossed_on      date          not null,
    port            varchar(100)  not null,
    destination     varchar(100),
    import_job_id   bigint,
    import_row      integer,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    constraint border_crossing_uk unique (id_number, doc_number, direction, crossed_on, port)
);
create index border_crossing_person_idx on border_crossing (person_id, crossed_on);

-- 违规问题 and their handling (处理). problem_class: one of the seven classes of seed 002; finding_key names the
-- finding (rule|person|subject) the case was opened from, if any. cadre_rank: 省部级/厅局级/县处级/乡科级/其他 of the
-- person when handled, for the statistics table.
create table travel_case (
    id              bigint         primary key,
    person_id       bigint         not null references person (id),
    problem_class   varchar(30)    not null,
    finding_key     varchar(300),
    description     varchar(2000)  not null,
    found_on        date           not null,
    cadre_rank      varchar(20)    not null,
    status          varchar(20)    not null,
    recorded_by     varchar(100)   not null,
    recorded_at     timestamp with time zone not null,
    version         bigint         not null
);
create index travel_case_person_idx on travel_case (person_id);

-- method: CRITICISM 批评教育, ADMONISHMENT 诫勉, REASSIGNMENT 调离岗位, ORDERED_RESIGNATION 责令辞职,
-- DISMISSAL 免职, DEMOTION 降职, REFERRAL 移交纪检监察机关. A person handled on decided_on may not be approved for
-- private travel for three years after it.
create table travel_case_handling (
    id                 bigint         primary key,
    case_id            bigint         not null references travel_case (id),
    method             varchar(30)    not null,
    decided_on         date           not null,
    decision_document  varchar(200)   not null,
    note               varchar(1000),
    recorded_by        varchar(100)   not null,
    recorded_at        timestamp with time zone not null
);
create index travel_case_handling_case_idx on travel_case_handling (case_id);
