insert into slack_request_seen (signed_at, signature_key) values (:signedAt, :signatureKey) on conflict do nothing
