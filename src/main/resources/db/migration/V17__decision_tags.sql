-- Issue 16, "Afterwards": tags on a decision (lower-case words of a-z, 0-9 and hyphens, at most
-- ten of 40 characters each, in the order the moderator gave them), and when the summary email
-- went out to the review's members after publication, so a retry or a restart never sends it twice.
create table decision_tag (
    review_id uuid not null references decision_record (review_id),
    position  int not null,
    tag       varchar(40) not null,
    primary key (review_id, position)
);
create index decision_tag_tag on decision_tag (tag);
alter table publication add column summary_mailed_at timestamp with time zone;
-- Decisions published before this version were never emailed, and are not now.
update publication set summary_mailed_at = updated_at where state = 'PUBLISHED';
