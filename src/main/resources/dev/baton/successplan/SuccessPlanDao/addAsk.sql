insert into success_ask (plan_id, position, dependency, risk, resolution, help)
values (:planId, :position, :dependency, :risk, :resolution, :help)
