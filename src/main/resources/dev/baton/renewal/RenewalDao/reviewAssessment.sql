update renewal_assessment set status = :status, overall_rating = :overall
where cycle_id = :cycleId and status in ('submitted', 'agreed')
