update lighthouse_criterion set current_value = :currentValue, met = :met where nomination_id = :nominationId and position = :position
