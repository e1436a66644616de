-- The registry-wide change list (GET /changes) reads the log newest first.
create index change_log_time_idx on change_log (occurred_at, id);
