-- Issue 4: the pre-read. Opening it invites the review's members; comments are anchored to a
-- section of the pinned doc (optionally quoting it), threaded, resolved, triaged; receipts say
-- who has read it; notifications feed the bell.
create table pre_read (
    review_id uuid primary key references review (id),
    opened_at timestamp with time zone not null,
    opened_by varchar(100) not null
);
create table doc_comment (
    id              uuid primary key,
    review_id       uuid not null references review (id),
    parent_id       uuid references doc_comment (id),
    section_title   varchar(300) not null,
    quote           varchar(2000),
    kind            varchar(20) not null,
    body            varchar(10000) not null,
    author          varchar(100) not null,
    created_at      timestamp with time zone not null,
    edited_at       timestamp with time zone,
    resolved        boolean default false not null,
    resolved_by     varchar(100),
    resolution_note varchar(2000),
    outdated        boolean default false not null,
    triage          varchar(20),
    version         bigint not null
);
create index doc_comment_review on doc_comment (review_id);
create table read_receipt (
    id        uuid primary key,
    review_id uuid not null references review (id),
    username  varchar(100) not null,
    read_at   timestamp with time zone not null
);
create unique index read_receipt_once on read_receipt (review_id, username);
create table notification (
    id         uuid primary key,
    username   varchar(100) not null,
    review_id  uuid not null references review (id),
    message    varchar(500) not null,
    link       varchar(300) not null,
    created_at timestamp with time zone not null,
    seen       boolean default false not null
);
create index notification_user on notification (username, seen);
