-- A person may hold several roles in one review (the moderator who also decides): one row per
-- person and role. Rebuilt rather than altered, since H2 and PostgreSQL name the old primary key
-- differently.
create table review_member_role (
    review_id uuid not null references review (id),
    username  varchar(100) not null,
    role      varchar(20) not null,
    primary key (review_id, username, role)
);
insert into review_member_role (review_id, username, role) select review_id, username, role from review_member;
drop table review_member;
alter table review_member_role rename to review_member;
create index review_member_username on review_member (username);
