package dev.baton.roles;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@code contact} row; by hand, as it is on the path of every /roles card. */
public final class ContactMapper implements RowMapper<Contact> {
    @Override
    public Contact map(ResultSet r, StatementContext ctx) throws SQLException {
        return new Contact(r.getLong("id"), r.getLong("account_id"), r.getString("name"), r.getString("title"),
                r.getString("email"), Roles.fromColumn(r.getString("roles")), r.getBoolean("instance_admin"));
    }
}
