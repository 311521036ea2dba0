package dev.baton.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement over many rows as a plain JDBC batch on the handle's connection (inside its transaction).
 * For the few statements that run thousands of times per request: binding rows through JDBI's SqlBatch cost
 * about as much as H2 executing them. A failure is a JDBI exception, as from a DAO.
 */
public final class JdbcBatch {
    /** Sets one row's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** The update counts of a batch and the generated keys of the rows it created, in batch order. */
    public record Result(int[] counts, List<Long> keys) {
    }

    private JdbcBatch() {
    }

    /** Runs the batch; answers each row's update count. */
    public static <T> int[] execute(Handle handle, String sql, List<T> rows, Binder<T> binder) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            return run(statement, rows, binder);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Runs an insert batch; answers the update counts and the {@code keyColumn} of each row created. */
    public static <T> Result insert(Handle handle, String sql, List<T> rows, Binder<T> binder, String keyColumn) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql, new String[] {keyColumn})) {
            int[] counts = run(statement, rows, binder);
            List<Long> keys = new ArrayList<>(rows.size());
            try (ResultSet generated = statement.getGeneratedKeys()) {
                while (generated.next()) {
                    keys.add(generated.getLong(1));
                }
            }
            return new Result(counts, keys);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static <T> int[] run(PreparedStatement statement, List<T> rows, Binder<T> binder) throws SQLException {
        for (T row : rows) {
            binder.bind(statement, row);
            statement.addBatch();
        }
        return statement.executeBatch();
    }
}
