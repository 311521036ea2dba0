select <outboxColumns> from outbox where status = :status order by id limit :limit
