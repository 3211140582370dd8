-- Accounts, the dataset's own title, and the history of every change (Hibernate Envers audit tables).
-- Written for H2 2.x and PostgreSQL alike.

create sequence app_user_seq start with 1 increment by 1;
create table app_user (
    id bigint primary key,
    version bigint not null default 0,
    username varchar(100) not null unique,
    password_hash varchar(200) not null,
    role varchar(16) not null,
    enabled boolean not null
);

create table dataset_info (
    id bigint primary key,
    version bigint not null default 0,
    title varchar(1000) not null,
    description varchar(8000)
);

-- One row per recorded change; its id is the revision that frozen links name.
create sequence audit_revision_seq start with 1 increment by 1;
create table audit_revision (
    id bigint primary key,
    changed_at bigint not null,
    username varchar(100) not null,
    note varchar(500)
);
create index audit_revision_user_ix on audit_revision (username);

-- Envers keeps every state of an entity: revtype 0 added, 1 changed, 2 removed.
create table actor_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    code varchar(32), name varchar(255), sort_order integer,
    primary key (id, rev)
);
create table topic_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    code varchar(32), name varchar(255), sort_order integer,
    primary key (id, rev)
);
create table dataset_info_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    title varchar(1000), description varchar(8000),
    primary key (id, rev)
);
create table plan_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    code varchar(32), title varchar(1000), plan_date date, origin varchar(4000), summary varchar(8000),
    sort_order integer,
    primary key (id, rev)
);
create table point_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    plan_id bigint, ref varchar(32), sort_order integer, title varchar(1000), summary varchar(8000),
    topic_id bigint, note varchar(8000),
    primary key (id, rev)
);
create table source_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    publisher varchar(500), title varchar(1000), url varchar(2000), source_date date,
    primary key (id, rev)
);
create table position_entry_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    point_id bigint, actor_id bigint, stance varchar(16), red_line boolean, summary varchar(8000), as_of date,
    seq integer,
    primary key (id, rev)
);
create table plan_position_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    plan_id bigint, actor_id bigint, stance varchar(16), red_line boolean, summary varchar(8000), as_of date,
    seq integer,
    primary key (id, rev)
);
create table point_derivation_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    point_id bigint not null, derived_from_id bigint not null, sort_order integer not null,
    primary key (sort_order, derived_from_id, point_id, rev)
);
create table point_source_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    point_id bigint not null, source_id bigint not null, sort_order integer not null,
    primary key (sort_order, point_id, rev, source_id)
);
create table plan_source_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    plan_id bigint not null, source_id bigint not null, sort_order integer not null,
    primary key (sort_order, plan_id, rev, source_id)
);
create table position_entry_source_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    position_entry_id bigint not null, source_id bigint not null, sort_order integer not null,
    primary key (sort_order, position_entry_id, rev, source_id)
);
create table plan_position_source_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    plan_position_id bigint not null, source_id bigint not null, sort_order integer not null,
    primary key (sort_order, plan_position_id, rev, source_id)
);
create index position_entry_aud_rev_ix on position_entry_aud (rev);
create index point_aud_rev_ix on point_aud (rev);
create index source_aud_rev_ix on source_aud (rev);
