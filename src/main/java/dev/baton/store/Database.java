package dev.baton.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.SqlObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/** The connection pool, the migrated schema and the Jdbi handle every DAO is attached through. */
public final class Database implements AutoCloseable {
    /** The version of the newest file in {@code db/migration}; {@code DatabaseSchemaTest} keeps the two in step. */
    static final String LATEST_MIGRATION = "31";
    private static final PlainJdbc.Statement LATEST_APPLIED = PlainJdbc.statement(Database.class, "latestApplied");
    private static final String WARM_PAGE_CACHE = SqlFiles.text(Database.class, "warmPageCache");
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    static {
        // H2 reads this once, when it first loads: the server AUTO_SERVER starts for other processes then listens
        // on loopback only, instead of on every interface, and its lock file points them at 127.0.0.1
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final HikariDataSource dataSource;
    private final DataSource patient;
    private final boolean embeddedH2;
    private final Jdbi jdbi;
    private final OutageLog outages = new OutageLog();
    private volatile boolean schemaConfirmed;
    private volatile String schemaProblem;

    private Database(HikariDataSource dataSource, boolean schemaConfirmed) {
        this.dataSource = dataSource;
        this.embeddedH2 = dataSource.getJdbcUrl().startsWith("jdbc:h2:");
        // embedded H2 cannot go away, and its driver has no network to set a timeout on
        this.patient = embeddedH2 ? dataSource : new PatientDataSource(dataSource);
        this.schemaConfirmed = schemaConfirmed;
        this.jdbi = configured(Jdbi.create(patient));
    }

    /**
     * Every DAO reads its SQL from {@code <package>/<Dao>/<method>.sql} through one shared, caching locator
     * ({@link SqlFiles}; a per-DAO annotation would build a fresh locator, and re-read the jar, on every attach), and the SQL
     * is used as written: no DAO uses JDBI's {@code <define>} templating, so it is not run per statement. A
     * {@link StoredText} value is bound and read as its stored spelling.
     */
    public static Jdbi configured(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new StoredTextArgument());
        jdbi.registerColumnMapper(new StoredTextColumn());
        jdbi.getConfig(SqlObjects.class).setSqlLocator(SqlFiles.forSqlObjects());
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        return jdbi;
    }

    /**
     * Opens a pool on the URL and brings the schema up to date with the Flyway migrations. When the schema
     * history already ends with this build's newest migration, Flyway (much of start-up) is left for
     * {@link #confirmSchema()} to run after Baton listens.
     */
    public static Database open(String url, String user, String password) {
        HikariConfig config = poolConfig(url, user, password);
        HikariDataSource dataSource;
        try (FirstConnection first = FirstConnection.open(config.getJdbcUrl(), url, user, password)) {
            dataSource = new HikariDataSource(config);
        }
        try {
            boolean current = isCurrent(dataSource);
            if (!current) {
                migrate(dataSource);
            }
            return new Database(dataSource, !current);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DatabaseUrl.opened(url, Runtime.getRuntime().maxMemory()));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize(url));
        config.setPoolName("baton");
        // for threads without a DatabasePatience of their own (start-up, migrations, command-line jobs)
        config.setConnectionTimeout(5_000);
        // a pooled connection idle for more than half a second is checked before it is handed out, whatever the
        // borrower's patience: on PostgreSQL the check waits a second (its isValid counts whole seconds)
        config.setValidationTimeout(1_000);
        return config;
    }

    /**
     * Embedded H2 answers best with few sessions at once (more only contend for its page cache, see
     * docs/performance.md); a PostgreSQL server gets a larger pool.
     */
    static int poolSize(String url) {
        return url.startsWith("jdbc:h2:") ? 6 : 16;
    }

    /**
     * On embedded H2, reads the account and contact pages (in the background after start-up), so the
     * first cards after a restart do not each read their pages from the file. PostgreSQL keeps its own cache.
     */
    public void warmPageCache() {
        if (!embeddedH2) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            // twice: H2's cache (LIRS) keeps a page read once only in a small queue of newcomers, and makes it
            // resident when it is read again while remembered
            for (int pass = 0; pass < 2; pass++) {
                for (String query : WARM_PAGE_CACHE.split(";")) {
                    if (!query.isBlank()) {
                        statement.executeQuery(query).close(); // reading the pages is the point, not the count
                    }
                }
            }
        } catch (SQLException e) {
            log.warn("Database: could not warm H2's page cache: {}", e.getMessage());
        }
    }

    static void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /** Whether Flyway's history says this build's newest migration was applied successfully. */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // no parameter: start-up stays clear of JDBI's parser (see PlainJdbc.withoutParameters)
            return PlainJdbc.list(connection, LATEST_APPLIED, (row, ctx) -> row.getString(1), Map.of())
                    .contains(LATEST_MIGRATION);
        } catch (SQLException | JdbiException noHistoryYet) {
            return false;
        }
    }

    /**
     * When {@link #open} found the schema current and skipped Flyway, runs Flyway's validation now (checksums of
     * every applied migration against this build's files). A mismatch is logged and fails {@link #ping()}, so
     * {@code /healthz} reports it instead of Baton serving on a schema it was not built for.
     */
    public void confirmSchema() {
        if (schemaConfirmed) {
            return;
        }
        try {
            flyway(dataSource).validate();
            schemaConfirmed = true;
        } catch (FlywayException e) {
            schemaProblem = "the schema history does not match this build's migrations: " + e.getMessage();
            log.error("Database: {}", schemaProblem);
        }
    }

    /**
     * Builds each DAO's handlers once on the shared configuration. Without this every handle (which starts
     * from a copy of the shared configuration) would rebuild them by reflection on every use. Safe to run
     * while handles are in use (JDBI keeps them in a copy-on-write map), so Baton does it after it listens.
     */
    public Database prepare(Class<?>... daoTypes) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        HandleSupplier sharedConfig = new HandleSupplier() {
            @Override
            public Handle getHandle() {
                throw new UnsupportedOperationException("preparing a DAO never runs a statement");
            }

            @Override
            public Jdbi getJdbi() {
                return jdbi;
            }

            @Override
            public ConfigRegistry getConfig() {
                return jdbi.getConfig();
            }

            @Override
            public <V> V invokeInContext(ExtensionContext context, Callable<V> task) throws Exception {
                return task.call();
            }
        };
        for (Class<?> type : daoTypes) {
            extensions.findFor(type, sharedConfig)
                    .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a JDBI SqlObject"));
        }
        return this;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Whether this is an embedded H2 file: one Baton process serves it (others, such as {@code import usage},
     * reach it through that process), and each commit that changes something costs a write to the file.
     */
    public boolean isEmbeddedFile() {
        return DatabaseUrl.isH2File(dataSource.getJdbcUrl());
    }

    /** The pool itself, for its Micrometer binding (never for connections: those come from {@link #dataSource}). */
    public HikariDataSource pool() {
        return dataSource;
    }

    /** The pool, as patient as the calling thread's {@link DatabasePatience}. */
    public DataSource dataSource() {
        return patient;
    }

    /** The one log of database outages that every kind of work reports its failures to. */
    public OutageLog outages() {
        return outages;
    }

    /** Answers whether the database takes a trivial query within two seconds (and the thread's patience). */
    public void ping() throws java.sql.SQLException {
        if (schemaProblem != null) {
            throw new SQLException(schemaProblem);
        }
        try (var connection = patient.getConnection()) {
            if (!connection.isValid(2)) {
                throw new java.sql.SQLTransientConnectionException("the database did not answer a trivial query within 2 s");
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
