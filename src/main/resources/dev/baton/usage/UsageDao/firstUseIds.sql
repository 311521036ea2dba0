select pair_key, id from usage_first_use where pair_key = any(:pairKeys)
