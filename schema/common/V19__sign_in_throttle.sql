-- Sign-in throttling (issue 19, item 5) replaces the lock-out: failures are counted per account name (real or not),
-- per (account name, client address) and per client address, in the database, so every instance sees the same
-- counts. Keys are SHA-256 hex of what is counted (fixed length; a password typed into the name field is not kept
-- in clear). Rows of kind KNOWN say that the account signed in from that address (window_start: when, last).
create table sign_in_throttle (
    kind           varchar(10) not null,
    throttle_key   varchar(64) not null,
    account_key    varchar(64),
    failures       integer     not null,
    window_start   timestamp with time zone not null,
    blocked_until  timestamp with time zone,
    constraint sign_in_throttle_pk primary key (kind, throttle_key)
);
create index sign_in_throttle_account_idx on sign_in_throttle (account_key);
create index sign_in_throttle_window_idx on sign_in_throttle (window_start);

alter table account drop column failed_attempts;
alter table account drop column locked_until;
