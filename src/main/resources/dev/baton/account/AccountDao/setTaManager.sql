update account set ta_manager = :taManager, updated_at = :now where id = :id
