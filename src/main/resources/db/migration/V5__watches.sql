-- Watches (module watch): a signed-in user watches a view's link; notifications are decided against it.
create sequence watch_seq start with 1 increment by 1;
create table watch (
    id bigint primary key,
    version bigint not null default 0,
    username varchar(100) not null,
    route varchar(40) not null,
    query varchar(4000) not null,
    frequency varchar(16) not null,
    digest_hour integer not null,
    paused boolean not null,
    created_at timestamp not null,
    last_notified_at timestamp,
    last_seen_revision bigint not null,
    constraint watch_once unique (username, route, query)
);
create index watch_by_user on watch (username);
