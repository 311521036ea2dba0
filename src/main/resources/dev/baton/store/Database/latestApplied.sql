select count(*) from flyway_schema_history where version = :version and success
