-- 因公出国（境）团组 (DOMAIN.md section 10, seeds 000 and 003): periods of disciplinary review, and official
-- delegations with their members, destinations and the public notice of leaders' trips.

create sequence discipline_review_seq start with 50 increment by 50;
create sequence delegation_seq start with 50 increment by 50;

-- 纪律审查期间: a person under review for party or administrative discipline. Effective-dated like the registry:
-- valid_from inclusive, valid_to exclusive (the day the review ended; null while it lasts). Never deleted.
create table discipline_review (
    id                  bigint        primary key,
    person_id           bigint        not null references person (id),
    valid_from          date          not null,
    valid_to            date,
    basis_document      varchar(200)  not null,
    end_basis_document  varchar(200),
    recorded_by         varchar(100)  not null,
    recorded_at         timestamp with time zone not null,
    ended_by            varchar(100),
    ended_at            timestamp with time zone,
    version             bigint        not null,
    constraint discipline_review_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index discipline_review_person_idx on discipline_review (person_id, valid_from);

-- 团组. status: DRAFT 草稿, SUBMITTED 已报审, APPROVED 已批准, RETURNED 已回国, REPORTED 已报告, CANCELLED 已撤销.
-- notice_*: the public notice (公示) of a leader's trip, required from 7 days before departure.
create table delegation (
    id                  bigint         primary key,
    delegation_number   varchar(20)    not null,
    delegation_year     integer        not null,
    serial              integer        not null,
    name                varchar(200)   not null,
    organiser_unit_id   bigint         not null references unit (id),
    task                varchar(2000)  not null,
    inviter             varchar(200),
    departs_on          date           not null,
    returns_on          date           not null,
    funding_source      varchar(200),
    notice_from         date,
    notice_to           date,
    notice_place        varchar(200),
    status              varchar(20)    not null,
    submitted_on        date,
    approved_on         date,
    approval_document   varchar(200),
    returned_on         date,
    reported_on         date,
    report_summary      varchar(4000),
    cancelled_on        date,
    cancel_reason       varchar(1000),
    created_by          varchar(100)   not null,
    created_at          timestamp with time zone not null,
    version             bigint         not null,
    constraint delegation_number_uk unique (delegation_number),
    constraint delegation_serial_uk unique (delegation_year, serial),
    constraint delegation_dates_ck check (returns_on >= departs_on)
);
create index delegation_departs_idx on delegation (departs_on);
create index delegation_unit_idx on delegation (organiser_unit_id);

-- 前往国家（地区）, in the order given.
create table delegation_destination (
    delegation_id  bigint        not null references delegation (id),
    position       integer       not null,
    destination    varchar(100)  not null,
    primary key (delegation_id, position)
);

-- 团组成员: person, their unit on the departure day (as of the last save), role LEADER 团长 / MEMBER 成员.
create table delegation_member (
    delegation_id  bigint       not null references delegation (id),
    position       integer      not null,
    person_id      bigint       not null references person (id),
    unit_id        bigint       references unit (id),
    member_role    varchar(20)  not null,
    primary key (delegation_id, position)
);
create index delegation_member_person_idx on delegation_member (person_id);

create table delegation_counter (
    delegation_year  integer  primary key,
    last_serial      integer  not null
);
