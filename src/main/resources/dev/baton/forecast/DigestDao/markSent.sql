update forecast_digest set sent_at = :now where week_start = :week
