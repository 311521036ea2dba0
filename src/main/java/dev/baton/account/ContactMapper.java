package dev.baton.account;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps a {@code contact} row; by hand, as it is on the path of every /roles and /handoff card. The columns are
 * found by name once per result, not once per row (a /handoff card reads 50 contacts).
 */
public final class ContactMapper implements RowMapper<Contact> {
    @Override
    public Contact map(ResultSet r, StatementContext ctx) throws SQLException {
        return specialize(r, ctx).map(r, ctx);
    }

    @Override
    public RowMapper<Contact> specialize(ResultSet r, StatementContext ctx) throws SQLException {
        int id = r.findColumn("id");
        int accountId = r.findColumn("account_id");
        int name = r.findColumn("name");
        int title = r.findColumn("title");
        int email = r.findColumn("email");
        int roles = r.findColumn("roles");
        int instanceAdmin = r.findColumn("instance_admin");
        int timeZone = r.findColumn("time_zone");
        return (row, c) -> new Contact(row.getLong(id), row.getLong(accountId), row.getString(name),
                row.getString(title), row.getString(email), Roles.fromColumn(row.getString(roles)),
                row.getBoolean(instanceAdmin), row.getString(timeZone));
    }
}
