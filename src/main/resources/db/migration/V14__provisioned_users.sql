-- Single sign-on (issue 15): people provisioned from an OpenID Connect provider's ID token at their
-- first sign-in and updated at each one. The username is the key every review refers to; the
-- provider's (issuer, subject) pair is what recognises the same person at the next sign-in.
create table provisioned_user (
    username        varchar(100) primary key,
    display_name    varchar(200) not null,
    email           varchar(320),
    issuer          varchar(1000) not null,
    subject         varchar(255) not null,
    first_signed_in timestamp with time zone not null,
    last_signed_in  timestamp with time zone not null
);
create unique index provisioned_user_identity on provisioned_user (issuer, subject);
