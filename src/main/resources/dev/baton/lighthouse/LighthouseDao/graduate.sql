update lighthouse_nomination set status = 'graduated' where id = :nominationId
