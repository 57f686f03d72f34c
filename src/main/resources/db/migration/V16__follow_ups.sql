-- What happens to an action item after the meeting: done (by whom, when, with a note), and the
-- reminders already sent, so each goes out once. A row exists once something happened.
create table follow_up (
    action_id            uuid primary key references capture (id) on delete cascade,
    review_id            uuid not null references review (id),
    done_at              timestamp with time zone,
    done_by              varchar(100),
    done_note            varchar(2000),
    due_soon_reminded_at timestamp with time zone,
    overdue_reminded_at  timestamp with time zone,
    version              bigint not null default 0
);
create index follow_up_review on follow_up (review_id);
