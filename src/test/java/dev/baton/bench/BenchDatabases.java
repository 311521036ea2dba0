package dev.baton.bench;

import dev.baton.store.Database;
import dev.baton.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two databases a benchmark prints its figures on: a fresh H2 file under target/bench, then a fresh PostgreSQL
 * schema when {@code BATON_TEST_POSTGRES_URL} is set; each removed afterwards, so runs never read each other's rows.
 */
final class BenchDatabases {
    interface Run {
        void on(String label, Database db) throws Exception;
    }

    private BenchDatabases() {
    }

    /** Runs {@code run} on H2 ("H2") and on PostgreSQL ("PostgreSQL"), or says why PostgreSQL was skipped. */
    static void onEach(String fileStem, String title, Run run) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path h2File = dir.toAbsolutePath().resolve(fileStem + "-" + System.currentTimeMillis());
        try (Database db = Database.open("jdbc:h2:file:" + h2File, "sa", "")) {
            run.on("H2", db);
        } finally {
            Files.deleteIfExists(Path.of(h2File + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File + ".trace.db"));
        }
        if (TestDatabases.postgresAvailable()) {
            try (Database db = TestDatabases.postgres()) {
                try {
                    run.on("PostgreSQL", db);
                } finally {
                    dropSchema(db);
                }
            }
        } else {
            System.out.println(title + " (PostgreSQL): skipped, BATON_TEST_POSTGRES_URL is not set");
        }
    }

    static void dropSchema(Database db) {
        db.jdbi().useHandle(handle -> handle.execute("drop schema "
                + handle.createQuery("select current_schema()").mapTo(String.class).one() + " cascade"));
    }
}
