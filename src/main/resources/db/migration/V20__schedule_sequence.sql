-- How many times the meeting's schedule changed after the review was opened: the SEQUENCE of its
-- calendar invitation (RFC 5545), so that calendars apply a new time as an update of the same event.
alter table review add column schedule_sequence integer not null default 0;
