-- Review before publishing (issue 19): with redlines.review.required=true a change made in a form or through the
-- API waits here as a draft until another analyst or an administrator approves (it is then applied as a normal
-- change) or rejects it with a reason. Published tables never hold unreviewed data.
create sequence pending_change_seq start with 1 increment by 1;
create table pending_change (
    id bigint primary key,
    version bigint not null,
    kind varchar(24) not null,
    plan_code varchar(32),
    point_ref varchar(32),
    actor_code varchar(32),
    target_id bigint,
    base varchar(100),
    payload varchar(200000) not null,
    author varchar(100) not null,
    created_at timestamp not null,
    status varchar(16) not null,
    reviewer varchar(100),
    reviewed_at timestamp,
    reason varchar(1000),
    published_revision bigint
);
create index pending_change_status on pending_change (status, created_at);
create index pending_change_author on pending_change (author);
