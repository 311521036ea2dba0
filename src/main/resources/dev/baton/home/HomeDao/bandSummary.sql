select band, accounts from home_band_summary
