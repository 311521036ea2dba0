package dev.baton.roles;

import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the stored {@code ,code,code,} column to {@link Roles}. */
public final class RolesColumnMapper implements ColumnMapper<Roles> {
    @Override
    public Roles map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
        return Roles.fromColumn(r.getString(columnNumber));
    }
}
