-- positional (?) parameters: run on plain JDBC, see SeenRequests.firstTime
insert into slack_request_seen (signed_at, signature_key) values (?, ?) on conflict do nothing
