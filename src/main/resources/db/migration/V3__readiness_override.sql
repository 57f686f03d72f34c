-- Readiness check (issue 3, P4): a moderator may start despite a missing rollback plan or
-- failure modes, with a written reason that the summary records.
alter table review add column readiness_override varchar(2000);
alter table review add column readiness_override_by varchar(100);
alter table review add column readiness_override_at timestamp with time zone;
