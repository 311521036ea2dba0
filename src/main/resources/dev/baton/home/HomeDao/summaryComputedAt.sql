select computed_at from home_summary_run where id = 1
