-- Whether the contacts were confirmed current at the account's last submitted renewal assessment.
select a.contacts_confirmed from renewal_assessment a join renewal_cycle c on c.id = a.cycle_id
where c.account_id = :accountId and a.submitted_at is not null
order by a.submitted_at desc
limit 1
