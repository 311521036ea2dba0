select m.journey, m.step, count(*) as total,
       sum(case when m.status = 'sent' then 1 else 0 end) as sent,
       sum(case when m.status = 'pending' then 1 else 0 end) as pending,
       sum(case when m.status = 'bounced' then 1 else 0 end) as bounced,
       sum(case when m.status = 'failed' then 1 else 0 end) as failed,
       sum(case when c.unsubscribed_at is not null and c.unsubscribed_at >= m.created_at then 1 else 0 end) as unsubscribed,
       sum(case when m.opens > 0 then 1 else 0 end) as opened,
       sum(case when m.clicks > 0 then 1 else 0 end) as clicked
from journey_message m join contact c on c.id = m.contact_id
where m.created_at >= :from and m.created_at < :to
group by m.journey, m.step
order by m.journey, m.step
