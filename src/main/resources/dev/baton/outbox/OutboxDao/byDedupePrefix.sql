select <outboxColumns> from outbox where dedupe_key like :prefix || '%' order by id
