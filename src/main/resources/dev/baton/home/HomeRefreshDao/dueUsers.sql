-- Refreshes past their debounce, not leased by a live publisher, oldest first.
select slack_user from home_refresh
where due_at <= :now and (lease_until is null or lease_until < :now)
order by due_at, slack_user
limit :limit
