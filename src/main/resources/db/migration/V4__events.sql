-- The negotiation's events (redlines-dataset/1 "events"): dated happenings with the parties involved and sources.
create sequence negotiation_event_seq start with 1 increment by 50;

create table negotiation_event (
    id bigint primary key,
    version bigint not null default 0,
    event_date date not null,
    title varchar(200) not null,
    kind varchar(16) not null,
    summary varchar(8000),
    seq integer not null,
    constraint negotiation_event_date_title_uq unique (event_date, title)
);
create index negotiation_event_date_ix on negotiation_event (event_date);

create table negotiation_event_actor (
    event_id bigint not null references negotiation_event (id),
    actor_id bigint not null references actor (id),
    sort_order integer not null,
    primary key (event_id, sort_order)
);
create index negotiation_event_actor_actor_ix on negotiation_event_actor (actor_id);

create table negotiation_event_source (
    event_id bigint not null references negotiation_event (id),
    source_id bigint not null references source (id),
    sort_order integer not null,
    primary key (event_id, sort_order)
);
create index negotiation_event_source_source_ix on negotiation_event_source (source_id);

create table negotiation_event_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    event_date date, title varchar(200), kind varchar(16), summary varchar(8000), seq integer,
    primary key (id, rev)
);
create table negotiation_event_actor_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    event_id bigint not null, actor_id bigint not null, sort_order integer not null,
    primary key (sort_order, event_id, rev, actor_id)
);
create table negotiation_event_source_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    event_id bigint not null, source_id bigint not null, sort_order integer not null,
    primary key (sort_order, event_id, rev, source_id)
);
create index negotiation_event_aud_rev_ix on negotiation_event_aud (rev);
