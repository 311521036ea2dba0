update lighthouse_exit_proposal set status = :status where id = :id and status = 'open'
