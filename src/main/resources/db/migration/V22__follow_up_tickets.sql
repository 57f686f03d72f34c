-- An issue tracker per connected repository (the token sealed like git credentials, only the host
-- kept in clear) and the outbox of tickets owed to it: one row per tracker and item, so a retry,
-- a restart or an event heard twice never files a second ticket, and a failure is never lost.
create table tracker (
    id            uuid primary key,
    repository_id uuid not null references connected_repository (id) on delete cascade,
    kind          varchar(20) not null,
    base_url      varchar(500) not null,
    host          varchar(255) not null,
    project       varchar(300) not null,
    sealed_token  varchar(4000) not null,
    created_by    varchar(100) not null,
    created_at    timestamp with time zone not null,
    constraint tracker_one_per_repository unique (repository_id)
);

-- No foreign key to tracker: a removed tracker's tickets stay, given up, so the page says why.
create table tracker_ticket (
    id              uuid primary key,
    tracker_id      uuid not null,
    review_id       uuid not null,
    item_id         uuid not null,
    title           varchar(300) not null,
    body            text not null,
    owner_username  varchar(100),
    owner_name      varchar(200),
    due_date        date,
    attempts        int not null default 0,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    ticket_key      varchar(100),
    url             varchar(1000),
    assigned        boolean not null default false,
    filed_at        timestamp with time zone,
    failed_at       timestamp with time zone,
    retried_at      timestamp with time zone,
    constraint tracker_ticket_once unique (tracker_id, item_id)
);
create index tracker_ticket_review on tracker_ticket (review_id);
create index tracker_ticket_due on tracker_ticket (next_attempt_at);
