-- A review cancelled by a moderator before its meeting started (issue 18, ADR 28): when, by whom
-- and why. Null while the review goes ahead; once set, the review is read-only.
alter table review add column cancelled_at timestamp with time zone;
alter table review add column cancelled_by varchar(100);
alter table review add column cancellation_reason varchar(2000);
