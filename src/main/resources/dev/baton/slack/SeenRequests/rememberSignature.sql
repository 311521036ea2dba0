-- positional (?) parameters: run on plain JDBC, see SeenRequests.firstTime
insert into slack_request_seen (signature_key, seen_at) values (?, ?) on conflict do nothing
