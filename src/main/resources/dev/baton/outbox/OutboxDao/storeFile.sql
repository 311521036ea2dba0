insert into outbox_file (dedupe_key, content) values (:dedupeKey, :content)
