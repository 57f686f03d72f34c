-- Runs unchanged on H2 and PostgreSQL: plain types only (uuid, varchar, text, timestamp with time zone).

create table review (
    id              uuid primary key,
    title           varchar(200) not null,
    design_doc      text not null,
    timebox_minutes int not null,
    moderator       varchar(100) not null,
    created_at      timestamp with time zone not null,
    version         bigint not null
);

create table review_member (
    review_id uuid not null references review (id),
    username  varchar(100) not null,
    role      varchar(20) not null,
    primary key (review_id, username)
);
create index review_member_username on review_member (username);

create table agenda_item (
    review_id        uuid not null references review (id),
    position         int not null,
    title            varchar(300) not null,
    planned_minutes  int not null,
    section_markdown text,
    primary key (review_id, position)
);

create table meeting (
    review_id       uuid primary key references review (id),
    status          varchar(20) not null,
    current_item    int not null,
    item_started_at timestamp with time zone,
    started_at      timestamp with time zone,
    ended_at        timestamp with time zone,
    version         bigint not null
);

create table meeting_item_time (
    review_id    uuid not null references meeting (review_id),
    position     int not null,
    seconds_used bigint,
    primary key (review_id, position)
);

create table capture (
    id              uuid primary key,
    review_id       uuid not null references review (id),
    kind            varchar(20) not null,
    body            varchar(2000) not null,
    captured_by     varchar(100) not null,
    agenda_position int not null,
    captured_at     timestamp with time zone not null
);
create index capture_review on capture (review_id, captured_at);

create table decision_record (
    review_id      uuid primary key references review (id),
    outcome        varchar(40) not null,
    statement      varchar(10000) not null,
    rationale      varchar(10000) not null,
    decision_maker varchar(100) not null,
    decided_at     timestamp with time zone not null
);

create table publication (
    review_id    uuid primary key references review (id),
    state        varchar(20) not null,
    attempts     int not null,
    commit_id    varchar(64),
    adr_path     varchar(500),
    summary_path varchar(500),
    last_error   varchar(1000),
    updated_at   timestamp with time zone not null,
    version      bigint not null
);

-- Spring Modulith's event publication registry: the outbox that makes publishing at-least-once.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date);
