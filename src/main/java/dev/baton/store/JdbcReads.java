package dev.baton.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain JDBC queries on a JDBI handle's connection, for the reads every {@code /roles} and {@code /handoff}
 * card makes (the account lookup and the account's contacts). In a profile of the {@code /roles} benchmark,
 * JDBI's own statement set-up, binding and result iteration around those three small indexed queries was about
 * a fifth of the command's time. The SQL stays in the same {@code .sql} files; {@link #positional} turns its
 * {@code :named} parameters into {@code ?} once, and the arguments are given in the order the names appear.
 */
public final class JdbcReads {
    /** A {@code :name} that is not part of a PostgreSQL {@code ::cast}. */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):[A-Za-z_]\\w*");

    private JdbcReads() {
    }

    /** The statement with each {@code :name} replaced by {@code ?} (the SQL files hold no quoted colons). */
    public static String positional(String sql) {
        return NAMED.matcher(sql).replaceAll("?");
    }

    /** Every row the query answers, mapped; the mapper is specialized once per result, as JDBI does. */
    public static <T> List<T> list(Handle handle, String positionalSql, RowMapper<T> mapper, Object... arguments) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(positionalSql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> mapped = new ArrayList<>();
                RowMapper<T> rowMapper = null;
                while (rows.next()) {
                    rowMapper = rowMapper == null ? mapper.specialize(rows, null) : rowMapper;
                    mapped.add(rowMapper.map(rows, null));
                }
                return mapped;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null); // as JDBI would, for callers that catch JdbiException
        }
    }
}
