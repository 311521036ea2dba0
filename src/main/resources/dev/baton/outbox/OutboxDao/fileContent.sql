select content from outbox_file where dedupe_key = :dedupeKey
