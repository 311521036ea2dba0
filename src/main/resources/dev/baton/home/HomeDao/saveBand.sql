insert into home_band_summary (band, accounts) values (:band, :accounts)
