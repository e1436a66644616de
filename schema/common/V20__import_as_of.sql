-- 数据时点: the day a roster describes; its undated facts hold from then (null: jobs of before, dated by their import day)
alter table import_job add column as_of date;
