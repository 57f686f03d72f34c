-- The moderator confirmed starting with an agenda over the timebox: by how much, and who; the summary records it.
alter table review add column agenda_overrun_minutes int;
alter table review add column agenda_overrun_confirmed_by varchar(100);
