-- Graded sources (issue 19): a source's NATO Admiralty grade, such as B2 (reliability A-F, credibility 1-6), or
-- null when it is ungraded; the history keeps it too.
alter table source add column grade varchar(2);
alter table source_aud add column grade varchar(2);
