-- The live room (issue 5): per-item clocks with extensions and skips, overtime, richer captures,
-- and revocable room display links.

drop table meeting_item_time;

alter table meeting add column overtime_seconds bigint default 0 not null;

create table meeting_item (
    review_id        uuid not null references meeting (review_id),
    position         int not null,
    allotted_seconds bigint not null,
    used_seconds     bigint not null,
    skipped          boolean not null,
    primary key (review_id, position)
);

alter table capture add column likelihood varchar(10);
alter table capture add column impact varchar(10);
alter table capture add column owner varchar(100);
alter table capture add column mitigation varchar(2000);
alter table capture add column due_date date;
alter table capture add column version bigint default 0 not null;

create table room_display (
    token      varchar(64) primary key,
    review_id  uuid not null references review (id),
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index room_display_review on room_display (review_id);
