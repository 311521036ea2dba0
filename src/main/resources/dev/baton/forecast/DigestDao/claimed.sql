select count(*) from forecast_digest where week_start = :week
