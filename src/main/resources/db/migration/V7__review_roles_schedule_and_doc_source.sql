-- Issue 3, P1/P2: a review's scheduled start (instant + the zone it was planned in), the repository
-- doc it was opened from (pinned to one commit), and the passphrase of an ssh key, sealed like the key.
alter table review add column scheduled_start timestamp with time zone;
alter table review add column scheduled_zone varchar(60);
alter table review add column source_repository_id uuid;
alter table review add column source_path varchar(1000);
alter table review add column source_commit varchar(40);
alter table connected_repository add column sealed_passphrase varchar(2000);
