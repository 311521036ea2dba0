select nomination_id, position, what, measure, target, current_value, met from lighthouse_criterion where nomination_id = :nominationId order by position
