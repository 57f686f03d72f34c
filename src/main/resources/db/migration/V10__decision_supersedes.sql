-- Issue 6, D1/A2: the ADR a decision supersedes, picked from the repository's ADR log (its path there).
alter table decision_record add column supersedes varchar(500);
