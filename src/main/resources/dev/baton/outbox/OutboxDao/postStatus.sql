select status from outbox where target_key = :targetKey and kind = 'slack.post' order by id limit 1
