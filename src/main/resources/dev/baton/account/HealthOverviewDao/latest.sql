-- The overview posted most recently, for App Home's Leaders section.
select overview from health_overview_week order by week_start desc limit 1
