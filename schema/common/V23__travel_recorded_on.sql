-- What was on record when (issue 21, item 1). Every travel fact keeps the day it took effect and the moment it was
-- recorded (recorded_at, V12). A fact changed on its row later needs the moment of that change too: a filing's report
-- and its closing (a change or an end), a document's cancellation. A fact whose day lies more than
-- bianzhi.travel.late-entry-days before the day it is recorded is a late entry (事后补录) and keeps the reason given.
-- Rows recorded before this migration get the best moment known: the row's own recording, or for a filing closed by a
-- change, its successor's (the change log has the exact time).
alter table travel_filing add column reported_recorded_at timestamp with time zone;
alter table travel_filing add column closed_recorded_at timestamp with time zone;
update travel_filing set reported_recorded_at = recorded_at where reported_on is not null;
update travel_filing set closed_recorded_at = coalesce((select min(n.recorded_at) from travel_filing n where n.change_of = travel_filing.id),
    recorded_at) where valid_to is not null;

alter table travel_document add column cancel_recorded_at timestamp with time zone;
alter table travel_document add column late_reason varchar(500);
alter table travel_document add column cancel_late_reason varchar(500);
alter table travel_document add column cancel_recorded_by varchar(100);
update travel_document set cancel_recorded_at = recorded_at, cancel_recorded_by = recorded_by where cancelled_on is not null;

alter table custody_movement add column late_reason varchar(500);
alter table travel_declaration add column late_reason varchar(500);
