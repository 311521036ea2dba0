package dev.baton.testing;

import dev.baton.store.Database;

/** Which database a store test runs on; each {@link #open()} gives a fresh, migrated one. */
public enum DatabaseKind {
    H2 {
        @Override
        public Database open() {
            return TestDatabases.h2();
        }

        @Override
        public String freshUrl() {
            return TestDatabases.h2Url();
        }
    },
    POSTGRESQL {
        @Override
        public Database open() {
            return TestDatabases.postgres();
        }

        @Override
        public String freshUrl() {
            return TestDatabases.postgresSchemaUrl();
        }
    };

    public abstract Database open();

    /** A JDBC URL for a fresh, empty database of this kind (migrated when Baton opens it). */
    public abstract String freshUrl();
}
