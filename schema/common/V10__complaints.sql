-- 12310 举报受理 (DOMAIN.md section 9): complaint cases, what they concern, their history, and reads of the
-- reporter's identity in the access log.
--
-- reporter_name and reporter_contact hold only ciphertext: "<key id>:" + base64(iv || ciphertext || tag), AES-256-GCM,
-- the keys come from configuration (bianzhi.complaints.keys), never from the database.

create sequence complaint_seq start with 50 increment by 50;
create sequence complaint_event_seq start with 50 increment by 50;

create table complaint (
    id                bigint        primary key,
    case_number       varchar(20)   not null,
    case_year         integer       not null,
    serial            integer       not null,
    channel           varchar(20)   not null,
    received_on       date          not null,
    incident_date     date          not null,
    subject           varchar(4000) not null,
    handler           varchar(50)   not null,
    due_date          date          not null,
    status            varchar(20)   not null,
    result            varchar(20),
    conclusion        varchar(4000),
    concluded_on      date,
    anonymous         boolean       not null,
    reporter_name     varchar(1000),
    reporter_contact  varchar(1000),
    created_by        varchar(100)  not null,
    created_at        timestamp with time zone not null,
    version           bigint        not null,
    constraint complaint_number_uk unique (case_number),
    constraint complaint_serial_uk unique (case_year, serial),
    constraint complaint_anonymous_ck check (anonymous = false or (reporter_name is null and reporter_contact is null))
);
create index complaint_status_idx on complaint (status, due_date);
create index complaint_received_idx on complaint (received_on);

create table complaint_category (
    complaint_id  bigint       not null references complaint (id),
    category      varchar(30)  not null,
    primary key (complaint_id, category)
);
create index complaint_category_idx on complaint_category (category);

create table complaint_unit (
    complaint_id  bigint  not null references complaint (id),
    unit_id       bigint  not null references unit (id),
    primary key (complaint_id, unit_id)
);
create index complaint_unit_idx on complaint_unit (unit_id);

create table complaint_person (
    complaint_id  bigint  not null references complaint (id),
    person_id     bigint  not null references person (id),
    primary key (complaint_id, person_id)
);

create table complaint_finding (
    complaint_id  bigint  not null references complaint (id),
    finding_id    bigint  not null references finding (id),
    primary key (complaint_id, finding_id)
);

-- Every step of a case (受理, 核查, 办结, 修改): who, when, the status after it, and a note.
create table complaint_event (
    id            bigint        primary key,
    complaint_id  bigint        not null references complaint (id),
    action        varchar(30)   not null,
    status        varchar(20)   not null,
    actor         varchar(100)  not null,
    occurred_at   timestamp with time zone not null,
    note          varchar(4000)
);
create index complaint_event_case_idx on complaint_event (complaint_id, occurred_at);

-- Last case number issued per year; its row lock makes numbers gapless and sequential (like notice_counter).
create table complaint_counter (
    case_year    integer  primary key,
    last_serial  integer  not null
);

-- The access log also records who saw a complaint's reporter (what = REPORTER_IDENTITY): such a line names the
-- case, not a person.
alter table access_log alter column person_id drop not null;
alter table access_log add column complaint_id bigint;
alter table access_log add constraint access_log_subject_ck check (person_id is not null or complaint_id is not null);
create index access_log_complaint_idx on access_log (complaint_id, occurred_at);
