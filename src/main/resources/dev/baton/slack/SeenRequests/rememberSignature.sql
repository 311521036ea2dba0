insert into slack_request_seen (signature_key, seen_at) values (:signatureKey, :at) on conflict do nothing
