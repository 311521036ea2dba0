select version from flyway_schema_history where success
