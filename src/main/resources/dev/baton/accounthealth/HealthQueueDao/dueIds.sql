-- Marks past their debounce (or waiting longer than the bound), not leased by a live recompute, oldest first.
select account_id from account_health_dirty
where (marked_at <= :quietSince or first_marked <= :waitingSince) and (lease_until is null or lease_until < :now)
order by first_marked, account_id
limit :limit
