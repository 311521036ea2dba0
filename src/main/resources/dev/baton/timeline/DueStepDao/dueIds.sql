select id from due_step where status = 'pending' and due_at <= :now and (lease_until is null or lease_until < :now)
order by due_at, id limit :limit
