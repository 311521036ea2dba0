select count(*) from outbox where status = 'dead' and channel = any(:channels)
