-- Issue 21 item 7 (seeds 000 and 003): who is a principal leader, the public notice's objections and their
-- re-examination, and what the return brings (出国人员鉴定表, 财务审计).

-- 主要领导身份 of an appointment: PARTY_SECRETARY 党委（党组）书记 of the unit, LOCAL_PARTY_SECRETARY 地方党委书记
-- (县委书记, 乡镇党委书记), LOCAL_GOVERNMENT_HEAD 地方政府正职 (县长, 乡镇长); null: none (a UNIT_PRINCIPAL is then
-- the unit's administrative head). post_title: 职务名称 as the appointment document words it.
alter table appointment add leading_role varchar(30);
alter table appointment add post_title varchar(100);

-- 出访类别 of the review statistics (seed 000): VISIT 访问或考察, TRADE 经贸活动, LABOUR 劳务输出, TRAINING 学习培训,
-- OTHER 其他; null on delegations recorded before (counted as 其他).
alter table delegation add purpose varchar(20);

create sequence delegation_objection_seq start with 50 increment by 50;
create sequence delegation_objection_review_seq start with 50 increment by 50;
create sequence delegation_evaluation_seq start with 50 increment by 50;
create sequence delegation_audit_seq start with 50 increment by 50;

-- 公示期间收到的异议: never changed; its re-examinations (复核) are rows of delegation_objection_review.
-- channel: ORAL 口头, PHONE 电话, WRITTEN 书面; person_id: the member it concerns (null: the delegation as a whole);
-- raised_by: who raised it, when they gave a name (may be anonymous).
create table delegation_objection (
    id               bigint         primary key,
    delegation_id    bigint         not null references delegation (id),
    received_on      date           not null,
    channel          varchar(20)    not null,
    person_id        bigint         references person (id),
    raised_by        varchar(100),
    content          varchar(2000)  not null,
    recorded_by      varchar(100)   not null,
    recorded_at      timestamp with time zone not null
);
create index delegation_objection_idx on delegation_objection (delegation_id, received_on);

-- 复核: the latest review of an objection is its outcome (UPHELD 异议成立 / DISMISSED 异议不成立); earlier ones stay.
create table delegation_objection_review (
    id               bigint         primary key,
    objection_id     bigint         not null references delegation_objection (id),
    reviewed_on      date           not null,
    outcome          varchar(20)    not null,
    finding          varchar(2000)  not null,
    basis_document   varchar(200),
    recorded_by      varchar(100)   not null,
    recorded_at      timestamp with time zone not null
);
create index delegation_objection_review_idx on delegation_objection_review (objection_id, recorded_at);

-- 出国人员鉴定表 of a member after the return (seed 000: 团组长签署意见, 组团（派遣）部门审核盖章, 送组织部和所在单位归档).
create table delegation_evaluation (
    id                 bigint         primary key,
    delegation_id      bigint         not null references delegation (id),
    person_id          bigint         not null references person (id),
    filed_on           date           not null,
    conduct            varchar(2000)  not null,
    leader_opinion     varchar(1000)  not null,
    reviewed_by_unit   varchar(200)   not null,
    recorded_by        varchar(100)   not null,
    recorded_at        timestamp with time zone not null,
    constraint delegation_evaluation_uk unique (delegation_id, person_id)
);

-- 财务审计（结算）of a returned delegation: total spent and what was refused (不合理开支不予报销).
create table delegation_audit (
    id                 bigint         primary key,
    delegation_id      bigint         not null references delegation (id),
    audited_on         date           not null,
    auditor            varchar(200)   not null,
    spent_yuan         decimal(14, 2) not null,
    disallowed_yuan    decimal(14, 2) not null,
    conclusion         varchar(2000)  not null,
    recorded_by        varchar(100)   not null,
    recorded_at        timestamp with time zone not null,
    constraint delegation_audit_uk unique (delegation_id),
    constraint delegation_audit_amounts_ck check (spent_yuan >= 0 and disallowed_yuan >= 0 and disallowed_yuan <= spent_yuan)
);
