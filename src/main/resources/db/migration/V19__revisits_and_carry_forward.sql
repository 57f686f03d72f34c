-- The review a review follows up on (a revisit, the next review of the same doc): its decision and
-- open action items are carried forward, its parked "next review" items become agenda items.
alter table review add column follows_review_id uuid references review (id);
create index review_follows on review (follows_review_id);

-- The revisit reminder sent for a decision, so that each decision's reminder goes out once.
create table revisit_reminder (
    review_id   uuid primary key references review (id) on delete cascade,
    reminded_at timestamp with time zone not null
);
