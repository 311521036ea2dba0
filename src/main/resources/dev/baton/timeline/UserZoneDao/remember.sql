insert into slack_user_zone (user_id, zone, display_name, fetched_at) values (:userId, :zone, :displayName, :now) on conflict do nothing
