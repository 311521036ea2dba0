select <outboxColumns> from outbox where id = :id
