-- Chat webhooks per connected repository (the URL carries the webhook's token: sealed like git
-- credentials, only its host kept in clear) and the outbox of messages to them: one row per
-- webhook and event, so a retry or a restart never posts twice and a failure is never lost.
create table chat_webhook (
    id            uuid primary key,
    repository_id uuid not null references connected_repository (id) on delete cascade,
    kind          varchar(20) not null,
    sealed_url    varchar(4000) not null,
    host          varchar(255) not null,
    created_by    varchar(100) not null,
    created_at    timestamp with time zone not null
);
create index chat_webhook_repository on chat_webhook (repository_id);

create table chat_delivery (
    id              uuid primary key,
    webhook         varchar(100) not null,
    kind            varchar(20) not null,
    event           varchar(200) not null,
    review_id       uuid not null,
    subject         varchar(600) not null,
    payload         text not null,
    attempts        int not null default 0,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    delivered_at    timestamp with time zone,
    failed_at       timestamp with time zone,
    constraint chat_delivery_once unique (webhook, event)
);
create index chat_delivery_due on chat_delivery (next_attempt_at);
