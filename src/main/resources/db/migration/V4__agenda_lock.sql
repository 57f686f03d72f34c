-- Agenda planning (issue 3, P3): the moderator edits the agenda until the meeting starts.
alter table review add column agenda_locked boolean default false not null;
