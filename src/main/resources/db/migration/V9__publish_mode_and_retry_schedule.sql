-- Issue 6, D3: how a repository takes decisions (push to its branch, or a branch for a pull request),
-- and when a publication that waits for the git host is tried next.
alter table connected_repository add column publish_mode varchar(20) default 'PUSH' not null;
alter table publication add column next_attempt_at timestamp with time zone;
alter table publication add column destination varchar(300);
