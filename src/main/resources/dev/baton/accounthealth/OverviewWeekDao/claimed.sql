select count(*) from health_overview_week where week_start = :week
