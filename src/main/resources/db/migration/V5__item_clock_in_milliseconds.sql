-- Item time in milliseconds: pausing or moving on never loses a fraction of a second.
alter table meeting_item add column used_millis bigint default 0 not null;
update meeting_item set used_millis = used_seconds * 1000;
alter table meeting_item drop column used_seconds;
