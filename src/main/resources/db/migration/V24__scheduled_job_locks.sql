-- ShedLock's table (ADR 27): one row per scheduled job that must run once across nodes; the node
-- that holds a job's lock until lock_until runs it, the others skip that turn.
create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
