insert into journey_enrolment (account_id, journey, enrolled_at, enrolled_on)
select a.id, :journey, :now, :today from account a
where ((a.closed_won_date is not null and position(',' || a.service_model || ',' in :models) > 0)
       or position(',' || a.ta_segmentation || ',' in :segmentations) > 0)
  and not exists (select 1 from journey_enrolment e where e.account_id = a.id and e.journey = :journey)
on conflict do nothing
