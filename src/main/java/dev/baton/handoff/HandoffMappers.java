package dev.baton.handoff;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

import static dev.baton.store.Columns.date;
import static dev.baton.store.Columns.instant;
import static dev.baton.store.Columns.intOrNull;

/**
 * Row mappers for the hand-off tables, written by hand because the card reads them on every
 * {@code /handoff}: JDBI's reflective constructor mapper re-matches 20 columns for every statement.
 */
public final class HandoffMappers {
    private HandoffMappers() {
    }

    public static final class HandoffMapper implements RowMapper<Handoff> {
        @Override
        public Handoff map(ResultSet r, StatementContext ctx) throws SQLException {
            return new Handoff(r.getLong("account_id"), r.getString("started_by"), instant(r, "started_at"),
                    instant(r, "kt_at"), r.getString("kt_attendees"), r.getString("kt_scheduled_by"),
                    instant(r, "closed_won_at"), r.getString("closed_won_by"), r.getString("close_override"),
                    r.getString("license_key_id"), intOrNull(r, "license_seats"), date(r, "license_expires"),
                    r.getString("license_recorded_by"), instant(r, "welcome_drafted_at"), instant(r, "welcome_sent_at"),
                    r.getBoolean("expand_tagged"), r.getBoolean("expand_components"), r.getBoolean("expand_team_told"),
                    instant(r, "expand_done_at"), r.getString("expand_done_by"));
        }
    }

    public static final class HandoffDocMapper implements RowMapper<HandoffDoc> {
        @Override
        public HandoffDoc map(ResultSet r, StatementContext ctx) throws SQLException {
            return new HandoffDoc(r.getLong("id"), r.getLong("account_id"), r.getInt("version"), r.getString("status"),
                    r.getString("body"), r.getString("saved_by"), instant(r, "saved_at"));
        }
    }
}
