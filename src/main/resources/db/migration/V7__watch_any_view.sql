-- Any view can be watched (point page, party vs party, plan versions, what moved, charts), not only the matrix:
-- the watch keeps the view's own link and the matrix links whose moves are what that view shows.
alter table watch alter column route set data type varchar(300);
alter table watch add column matches varchar(4000) not null default '';
