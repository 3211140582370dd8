-- One number that every write of plans, points, positions or sources increases in its own transaction, so
-- that each app instance can tell cheaply whether what it read earlier is still current.
create table data_revision (
    id integer primary key,
    revision bigint not null
);
insert into data_revision (id, revision) values (1, 0);
