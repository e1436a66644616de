-- Accounts, sessions and the access log (who read whose personal data).

create sequence account_seq start with 50 increment by 50;
create sequence access_log_seq start with 50 increment by 50;

create table account (
    id               bigint       primary key,
    username         varchar(50)  not null,
    display_name     varchar(50)  not null,
    password_hash    varchar(400) not null,
    role             varchar(30)  not null,
    unit_id          bigint       references unit (id),
    enabled          boolean      not null,
    failed_attempts  integer      not null,
    locked_until     timestamp with time zone,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint account_username_uk unique (username)
);

-- Only a hash of each token is stored; every instance of the service checks tokens and sign-outs here.
create table session_token (
    token_hash  varchar(64)  primary key,
    account_id  bigint       not null references account (id),
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index session_token_account_idx on session_token (account_id);

-- Append-only: each read of a full ID number or of a person's whole record.
create table access_log (
    id           bigint       primary key,
    occurred_at  timestamp with time zone not null,
    username     varchar(50)  not null,
    role         varchar(30)  not null,
    person_id    bigint       not null,
    what         varchar(40)  not null,
    path         varchar(500) not null
);
create index access_log_user_idx on access_log (username, occurred_at);
create index access_log_person_idx on access_log (person_id, occurred_at);
create index access_log_time_idx on access_log (occurred_at);
