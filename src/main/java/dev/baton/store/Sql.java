package dev.baton.store;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * SQL kept in a {@code .sql} file beside the class that runs it ({@code <package>/<Class>/<name>.sql}), for
 * JDBI's fluent statements and the plain JDBC reads and batches ({@link JdbcReads}, {@link JdbcBatch}). The
 * statements on every slash command use these rather than a SqlObject: attaching a DAO to a handle copies
 * JDBI's configuration once per DAO method, which measured 40–100 µs per attach against 13 µs for a fluent
 * indexed query (see the test {@code JdbiAttachBenchmark}).
 */
public final class Sql {
    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.create();

    private Sql() {
    }

    /** The text of {@code <owner's package>/<owner>/<name>.sql}, read once. */
    public static String of(Class<?> owner, String name) {
        return LOCATOR.locate(owner, name);
    }
}
