-- Redlines core schema: plans, their points, parties, topics, positions with their history, and sources.
-- Written for H2 2.x and PostgreSQL alike.

create sequence actor_seq start with 1 increment by 50;
create sequence topic_seq start with 1 increment by 50;
create sequence plan_seq start with 1 increment by 50;
create sequence point_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence position_entry_seq start with 1 increment by 50;
create sequence plan_position_seq start with 1 increment by 50;

create table actor (
    id bigint primary key,
    version bigint not null default 0,
    code varchar(32) not null unique,
    name varchar(255) not null,
    sort_order integer not null
);

create table topic (
    id bigint primary key,
    version bigint not null default 0,
    code varchar(32) not null unique,
    name varchar(255) not null,
    sort_order integer not null
);

create table plan (
    id bigint primary key,
    version bigint not null default 0,
    code varchar(32) not null unique,
    title varchar(1000) not null,
    plan_date date not null,
    origin varchar(4000),
    summary varchar(8000),
    sort_order integer not null
);

create table point (
    id bigint primary key,
    version bigint not null default 0,
    plan_id bigint not null references plan (id),
    ref varchar(32) not null,
    sort_order integer not null,
    title varchar(1000) not null,
    summary varchar(8000) not null,
    topic_id bigint not null references topic (id),
    note varchar(8000),
    constraint point_plan_ref_uk unique (plan_id, ref)
);
create index point_topic_ix on point (topic_id);

create table point_derivation (
    point_id bigint not null references point (id),
    derived_from_id bigint not null references point (id),
    sort_order integer not null,
    primary key (point_id, sort_order)
);
create index point_derivation_from_ix on point_derivation (derived_from_id);

create table source (
    id bigint primary key,
    version bigint not null default 0,
    publisher varchar(500) not null,
    title varchar(1000),
    url varchar(2000) not null,
    source_date date
);

create table position_entry (
    id bigint primary key,
    version bigint not null default 0,
    point_id bigint not null references point (id),
    actor_id bigint not null references actor (id),
    stance varchar(16) not null,
    red_line boolean not null,
    summary varchar(8000) not null,
    as_of date,
    seq integer not null
);
create index position_entry_point_actor_ix on position_entry (point_id, actor_id);
create index position_entry_actor_ix on position_entry (actor_id);

create table plan_position (
    id bigint primary key,
    version bigint not null default 0,
    plan_id bigint not null references plan (id),
    actor_id bigint not null references actor (id),
    stance varchar(16) not null,
    red_line boolean not null,
    summary varchar(8000) not null,
    as_of date,
    seq integer not null
);
create index plan_position_plan_ix on plan_position (plan_id);
create index plan_position_actor_ix on plan_position (actor_id);

create table plan_source (
    plan_id bigint not null references plan (id),
    source_id bigint not null references source (id),
    sort_order integer not null,
    primary key (plan_id, sort_order)
);
create table point_source (
    point_id bigint not null references point (id),
    source_id bigint not null references source (id),
    sort_order integer not null,
    primary key (point_id, sort_order)
);
create table position_entry_source (
    position_entry_id bigint not null references position_entry (id),
    source_id bigint not null references source (id),
    sort_order integer not null,
    primary key (position_entry_id, sort_order)
);
create table plan_position_source (
    plan_position_id bigint not null references plan_position (id),
    source_id bigint not null references source (id),
    sort_order integer not null,
    primary key (plan_position_id, sort_order)
);
create index plan_source_source_ix on plan_source (source_id);
create index point_source_source_ix on point_source (source_id);
create index position_entry_source_source_ix on position_entry_source (source_id);
create index plan_position_source_source_ix on plan_position_source (source_id);
