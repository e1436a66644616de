-- 财政统发工资名单 (DOMAIN.md section 11): who was paid in which month by which unit, as the finance department's
-- list says, to be compared with the registry. An import replaces the lines of each (month, paying unit) it
-- contains; each line keeps who imported it, when, and in which import job.

create table payroll_entry (
    pay_month      date          not null,
    unit_id        bigint        not null references unit (id),
    id_number      varchar(18)   not null,
    name           varchar(50)   not null,
    import_job_id  bigint        not null references import_job (id),
    row_no         integer       not null,
    imported_by    varchar(100)  not null,
    imported_at    timestamp with time zone not null,
    primary key (pay_month, unit_id, id_number)
);
-- the month's lines of one person: "was this occupant paid?" and the joins from the list to the registry
create index payroll_entry_person_idx on payroll_entry (pay_month, id_number);

-- Payroll lines that passed the checks a row can make on its own, awaiting the set-wise checks.
create table import_payroll_row (
    job_id     bigint       not null,
    row_no     integer      not null,
    id_number  varchar(18)  not null,
    name       varchar(50)  not null,
    unit_code  varchar(18)  not null,
    pay_month  date         not null,
    month_end  date         not null,
    fresh      boolean,
    primary key (job_id, row_no)
);
