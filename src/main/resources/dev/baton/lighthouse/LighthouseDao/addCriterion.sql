insert into lighthouse_criterion (nomination_id, position, what, measure, target, current_value, met)
values (:nominationId, :position, :what, :measure, :target, :currentValue, :met)
