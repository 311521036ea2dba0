package dev.baton.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place for the statements that bypass JDBI's statement machinery, on the few paths a benchmark showed
 * it mattering (which, and the figures, in {@code docs/performance.md}): the same {@code .sql} files as the DAOs,
 * parsed once by JDBI's own parser, run as plain JDBC on the connection under a JDBI handle (in its transaction)
 * or on one from the pool. Parameters are bound by name, every place a name appears; a name the statement does
 * not have, or one left without a value, fails before the statement runs. Database failures are JDBI's
 * exceptions, as from a DAO.
 */
public final class PlainJdbc {
    private PlainJdbc() {
    }

    /** JDBI's parser, made at the first parse. */
    private static final class Parser {
        static final ColonPrefixSqlParser JDBIS = new ColonPrefixSqlParser();
    }

    /**
     * A statement from a {@code .sql} file: the positional SQL and where each {@code :name} stands. Read and parsed
     * at its first use, not when the class holding it loads, so start-up does no parsing.
     */
    public static final class Statement {
        private final String source;
        private final Supplier<String> text;
        private volatile Parsed parsed;

        private Statement(String source, Supplier<String> text) {
            this.source = source;
            this.text = text;
        }

        /** Parses {@code text} as JDBI would; {@code source} names it in failures. */
        static Statement parse(String source, String text) {
            Statement statement = new Statement(source, () -> text);
            statement.parsed();
            return statement;
        }

        private Parsed parsed() {
            Parsed known = parsed;
            if (known == null) { // two threads may both parse it: the same result, once each
                known = Parsed.of(source, text.get());
                parsed = known;
            }
            return known;
        }

        /** The SQL as the driver gets it, a {@code ?} for every parameter. */
        public String sql() {
            return parsed().sql();
        }

        @Override
        public String toString() {
            return source;
        }
    }

    /** JDBI's parse of a statement: {@code allGiven} has a bit set for each position. */
    private record Parsed(String sql, Map<String, int[]> positions, long allGiven) {
        static Parsed of(String source, String text) {
            if (withoutParameters(text)) { // as the parser would answer, without loading it during start-up
                return new Parsed(text, Map.of(), 0);
            }
            ParsedSql parsed = Parser.JDBIS.parse(text, null);
            ParsedParameters parameters = parsed.getParameters();
            if (parameters.isPositional() && parameters.getParameterCount() > 0) {
                throw new IllegalArgumentException(source + " uses ? parameters: name each one (:name)");
            }
            List<String> names = parameters.getParameterNames();
            if (names.size() > Long.SIZE) {
                throw new IllegalArgumentException(source + " has " + names.size() + " parameters, more than " + Long.SIZE);
            }
            Map<String, List<Integer>> byName = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byName.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i);
            }
            Map<String, int[]> positions = new HashMap<>();
            byName.forEach((name, at) -> positions.put(name, at.stream().mapToInt(Integer::intValue).toArray()));
            return new Parsed(parsed.getSql(), positions, names.size() == Long.SIZE ? -1L : (1L << names.size()) - 1);
        }
    }

    /** Whether the text has nothing JDBI's parser changes: no {@code :name}, no {@code ?}, no {@code \\} escape. */
    static boolean withoutParameters(String text) {
        return text.indexOf(':') < 0 && text.indexOf('?') < 0 && text.indexOf('\\') < 0;
    }

    /** The statement in {@code <owner's package>/<owner>/<name>.sql}; keep it in a constant, so it is parsed once. */
    public static Statement statement(Class<?> owner, String name) {
        String source = owner.getPackageName().replace('.', '/') + "/" + owner.getSimpleName() + "/" + name + ".sql";
        return new Statement(source, () -> SqlFiles.text(owner, name));
    }

    /** Binds a statement's parameters by name. */
    public static final class Params {
        private final Statement statement;
        private final Parsed parsed;
        private final PreparedStatement prepared;
        private long given;

        private Params(Statement statement, PreparedStatement prepared) {
            this.statement = statement;
            this.parsed = statement.parsed();
            this.prepared = prepared;
        }

        public Params set(String name, String value) throws SQLException {
            for (int at : positions(name)) {
                prepared.setString(at + 1, value);
            }
            return this;
        }

        public Params set(String name, long value) throws SQLException {
            for (int at : positions(name)) {
                prepared.setLong(at + 1, value);
            }
            return this;
        }

        public Params set(String name, int value) throws SQLException {
            for (int at : positions(name)) {
                prepared.setInt(at + 1, value);
            }
            return this;
        }

        /** An instant as a {@link Timestamp}, as JDBI binds one. */
        public Params set(String name, Instant value) throws SQLException {
            return set(name, value == null ? null : Timestamp.from(value));
        }

        /** A timestamp made once for a whole batch. */
        public Params set(String name, Timestamp value) throws SQLException {
            for (int at : positions(name)) {
                prepared.setTimestamp(at + 1, value);
            }
            return this;
        }

        /** Any other value, as the driver takes it. */
        public Params set(String name, Object value) throws SQLException {
            if (value instanceof Instant instant) {
                return set(name, instant);
            }
            for (int at : positions(name)) {
                if (value == null) {
                    prepared.setNull(at + 1, Types.NULL);
                } else {
                    prepared.setObject(at + 1, value);
                }
            }
            return this;
        }

        private int[] positions(String name) {
            int[] at = parsed.positions.get(name);
            if (at == null) {
                throw new IllegalArgumentException(statement.source + " has no parameter :" + name
                        + " (it has " + parsed.positions.keySet().stream().sorted().map(n -> ":" + n).toList() + ")");
            }
            for (int position : at) {
                given |= 1L << position;
            }
            return at;
        }

        private void setAll(Map<String, ?> values) throws SQLException {
            for (Map.Entry<String, ?> value : values.entrySet()) {
                set(value.getKey(), value.getValue());
            }
        }

        /** Fails naming the first parameter left without a value; then starts the next row. */
        private void complete() {
            if (given != parsed.allGiven) {
                String missing = parsed.positions.entrySet().stream()
                        .filter(e -> (given & (1L << e.getValue()[0])) == 0).map(Map.Entry::getKey).sorted()
                        .findFirst().orElseThrow();
                throw new IllegalArgumentException(statement.source + ": no value for :" + missing);
            }
            given = 0;
        }
    }

    /** Sets one row's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(Params params, T row) throws SQLException;
    }

    /** The update counts of a batch and the generated keys of the rows it created, in batch order. */
    public record Inserted(int[] counts, List<Long> keys) {
    }

    /** Every row the query answers, mapped; the mapper is specialized once per result, as JDBI does. */
    public static <T> List<T> list(Handle handle, Statement statement, RowMapper<T> mapper, Map<String, ?> values) {
        return list(handle.getConnection(), statement, mapper, values);
    }

    /** {@link #list(Handle, Statement, RowMapper, Map)} on a connection of its own. */
    public static <T> List<T> list(Connection connection, Statement statement, RowMapper<T> mapper,
                                   Map<String, ?> values) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            bindOnce(statement, prepared, values);
            try (ResultSet rows = prepared.executeQuery()) {
                List<T> mapped = new ArrayList<>();
                RowMapper<T> rowMapper = null;
                while (rows.next()) {
                    rowMapper = rowMapper == null ? mapper.specialize(rows, null) : rowMapper;
                    mapped.add(rowMapper.map(rows, null));
                }
                return mapped;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Runs an insert, update or delete; answers its update count. */
    public static int update(Connection connection, Statement statement, Map<String, ?> values) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            bindOnce(statement, prepared, values);
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Runs the statement once per row as one JDBC batch; answers each row's update count. */
    public static <T> int[] batch(Handle handle, Statement statement, List<T> rows, Binder<T> binder) {
        try (PreparedStatement prepared = handle.getConnection().prepareStatement(statement.sql())) {
            return run(statement, prepared, rows, binder);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Runs an insert batch; answers the update counts and the {@code keyColumn} of each row created. */
    public static <T> Inserted insertBatch(Handle handle, Statement statement, List<T> rows, Binder<T> binder,
                                           String keyColumn) {
        try (PreparedStatement prepared = handle.getConnection().prepareStatement(statement.sql(),
                new String[] {keyColumn})) {
            int[] counts = run(statement, prepared, rows, binder);
            List<Long> keys = new ArrayList<>(rows.size());
            try (ResultSet generated = prepared.getGeneratedKeys()) {
                while (generated.next()) {
                    keys.add(generated.getLong(1));
                }
            }
            return new Inserted(counts, keys);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void bindOnce(Statement statement, PreparedStatement prepared, Map<String, ?> values)
            throws SQLException {
        Params params = new Params(statement, prepared);
        params.setAll(values);
        params.complete();
    }

    private static <T> int[] run(Statement statement, PreparedStatement prepared, List<T> rows, Binder<T> binder)
            throws SQLException {
        Params params = new Params(statement, prepared);
        for (T row : rows) {
            binder.bind(params, row);
            params.complete();
            prepared.addBatch();
        }
        return prepared.executeBatch();
    }
}
