update lighthouse_nomination set status = 'enrolled' where id = :id and status = 'nominated'
