insert into churn (account_id, kind, arr_before_cents, arr_after_cents, seats_before, seats_after, effective_date,
                   category, reason, retro_required, recorded_by, recorded_at)
values (:accountId, :kind, :arrBeforeCents, :arrAfterCents, :seatsBefore, :seatsAfter, :effectiveDate,
        :category, :reason, :retroRequired, :by, :now)
