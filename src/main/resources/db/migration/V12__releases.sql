-- Citable releases (issue 19): an administrator publishes a name, notes and the data revision it freezes. A release
-- is never changed after publishing; a newer one supersedes it.
create sequence dataset_release_seq start with 1 increment by 1;
create table dataset_release (
    id bigint primary key,
    name varchar(40) not null,
    notes varchar(4000),
    revision bigint not null,
    published_at timestamp not null,
    published_by varchar(100) not null,
    constraint dataset_release_name unique (name)
);
create index dataset_release_revision on dataset_release (revision);
