-- My accounts, the least healthy first (no score yet last).
select <myAccountColumns>
order by case when h.score is null then 1 else 0 end, h.score, a.name_key, a.id
limit :limit offset :offset
