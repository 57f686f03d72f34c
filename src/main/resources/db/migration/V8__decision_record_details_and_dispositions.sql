-- Issue 6, D1: the full decision record (alternatives, consequences, conditions, revisit date) and
-- what closing requires of the meeting's captures (parked items disposed of, risks owned or accepted).
alter table decision_record add column conditions varchar(10000);
alter table decision_record add column revisit_on date;
create table decision_alternative (
    review_id uuid not null references decision_record (review_id),
    position  int not null,
    name      varchar(300) not null,
    why_not   varchar(2000) not null,
    primary key (review_id, position)
);
create table decision_consequence (
    review_id uuid not null references decision_record (review_id),
    position  int not null,
    kind      varchar(10) not null,
    body      varchar(2000) not null,
    primary key (review_id, position)
);
alter table capture add column disposition varchar(30);
alter table capture add column disposition_note varchar(2000);
alter table capture add column accepted boolean default false not null;
