-- The claim of a round of the summaries: one instance moves the time; another's update waits for its commit, then
-- finds the time fresh and moves nothing.
update home_summary_run set computed_at = :now
where id = 1 and (computed_at is null or computed_at <= :staleBefore)
