insert into slack_user_zone (user_id, zone, fetched_at) values (:userId, :zone, :now) on conflict do nothing
