-- Connected repositories (issue 3, P1): credentials are stored sealed (AES-GCM), never in clear.
create table connected_repository (
    id             uuid primary key,
    name           varchar(100) not null,
    url            varchar(1000) not null,
    url_kind       varchar(10) not null,
    branch         varchar(200) not null,
    username       varchar(200),
    sealed_secret  varchar(8000),
    adr_convention varchar(20) not null,
    adr_dir        varchar(300) not null,
    summary_dir    varchar(300) not null,
    created_by     varchar(100) not null,
    created_at     timestamp with time zone not null
);
create unique index connected_repository_name on connected_repository (name);
