-- Personal API tokens (module security): only a hash of the token is kept; it is shown once when made.
create sequence api_token_seq start with 1 increment by 1;
create table api_token (
    id bigint primary key,
    username varchar(100) not null,
    name varchar(100) not null,
    token_hash varchar(64) not null,
    scope varchar(16) not null,
    created_at timestamp not null,
    expires_at timestamp not null,
    last_used_at timestamp,
    revoked boolean not null,
    constraint api_token_hash unique (token_hash)
);
create index api_token_by_user on api_token (username);
