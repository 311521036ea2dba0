-- My accounts, the nearest renewal first (no renewal date last).
select <myAccountColumns>
order by case when a.renewal_date is null then 1 else 0 end, a.renewal_date, a.name_key, a.id
limit :limit offset :offset
