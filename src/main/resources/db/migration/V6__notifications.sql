-- Notifications (module watch): where and in which language a user is told, the outbox, the lock that lets one
-- instance of several send, what is pending per watch, and webhooks. Written for H2 2.x and PostgreSQL alike.

alter table app_user add column email varchar(320);
alter table app_user add column locale varchar(16);

-- Spring Modulith's event publication registry (its schema v2): an event published in a writing transaction
-- is stored with it and completed when its listener has run; incomplete ones are submitted again.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(9) with time zone not null,
    completion_date timestamp(9) with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_listener on event_publication (listener_id, serialized_event);
create index event_publication_by_completion on event_publication (completion_date);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
);

-- A secret shared by all instances, made on first use: it signs unsubscribe links.
create table app_secret (
    name varchar(40) not null primary key,
    secret varchar(200) not null
);

-- One pending or sent notification per watch and data revision; the unique key makes delivery idempotent.
create sequence notification_seq start with 1 increment by 1;
create table notification (
    id bigint primary key,
    watch_id bigint not null references watch (id) on delete cascade,
    revision bigint not null,
    changed_at timestamp not null,
    changed_by varchar(100) not null,
    created_at timestamp not null,
    sent_at timestamp,
    attempts integer not null default 0,
    last_error varchar(1000),
    constraint notification_once unique (watch_id, revision)
);
create index notification_pending on notification (sent_at, watch_id);

-- A private feed address per watch, for readers that cannot sign in; revocable by making a new one.
alter table watch add column feed_token varchar(64);
create unique index watch_by_feed_token on watch (feed_token);

-- Webhooks, kept by administrators: a matrix link, a receiver, a secret for the signature, and a format.
create sequence webhook_seq start with 1 increment by 1;
create table webhook (
    id bigint primary key,
    version bigint not null default 0,
    name varchar(200) not null,
    url varchar(2000) not null,
    route varchar(40) not null,
    query varchar(4000) not null,
    secret varchar(200) not null,
    format varchar(16) not null,
    active boolean not null,
    created_at timestamp not null
);
create sequence webhook_delivery_seq start with 1 increment by 1;
create table webhook_delivery (
    id bigint primary key,
    webhook_id bigint not null references webhook (id) on delete cascade,
    revision bigint not null,
    changed_at timestamp not null,
    changed_by varchar(100) not null,
    created_at timestamp not null,
    attempts integer not null default 0,
    next_attempt_at timestamp not null,
    delivered_at timestamp,
    last_status integer,
    last_error varchar(1000),
    abandoned boolean not null default false,
    constraint webhook_delivery_once unique (webhook_id, revision)
);
create index webhook_delivery_pending on webhook_delivery (delivered_at, next_attempt_at);
