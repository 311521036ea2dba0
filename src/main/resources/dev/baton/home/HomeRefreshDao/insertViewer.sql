insert into home_viewer (slack_user, state, opened_at) values (:userId, :state, :now) on conflict do nothing
