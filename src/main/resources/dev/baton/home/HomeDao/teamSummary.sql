-- The leaders' team view as the last tick computed it: the people with the most reds first, then the most accounts.
select person, accounts, overdue, reds from home_team_summary
order by reds desc, accounts desc, person
limit :limit
