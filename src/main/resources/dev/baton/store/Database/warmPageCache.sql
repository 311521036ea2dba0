-- Read (twice) in the background after Baton starts on embedded H2 (see Database.warmPageCache): the rows and the
-- indexes every /roles and /handoff card reads. A condition on a column without an index reads every row's
-- page (a count of a not-null column would be answered from the row count), one on an indexed column counts
-- through that index's pages, and no result is held.
select count(*) from account where lifecycle_stage <> '';
select count(*) from contact where roles <> '';
select count(*) from account where name_key > '';
select count(*) from account where crm_id > '';
select count(*) from contact where account_id > 0
