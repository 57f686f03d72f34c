-- Issue 18, pull requests (ADR 26): how Verdict reaches a repository's host API (kind, API base URL,
-- project; blank derives them from the git URL) with its token sealed like the git credentials,
-- and the one pull request each publication in pull-request mode opens, retried and watched.
alter table connected_repository add column host_kind varchar(30);
alter table connected_repository add column host_api_url varchar(500);
alter table connected_repository add column host_project varchar(300);
alter table connected_repository add column sealed_host_token varchar(8000);

create table pull_request (
    review_id       uuid primary key,
    repository_id   uuid not null,
    head_branch     varchar(300) not null,
    base_branch     varchar(200) not null,
    title           varchar(500) not null,
    body            text not null,
    reviewer        varchar(100),
    state           varchar(20) not null,
    number          bigint,
    url             varchar(1000),
    reviewer_note   varchar(500),
    attempts        int not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamp with time zone,
    checked_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0
);
create index pull_request_state on pull_request (state, next_attempt_at);
