package dev.baton.account;

import dev.baton.store.StoredText;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

import static dev.baton.store.Columns.date;
import static dev.baton.store.Columns.instant;
import static dev.baton.store.Columns.intOrNull;
import static dev.baton.store.Columns.longOrNull;

/**
 * Maps an {@code account} row. Written by hand because it is on every request's path: JDBI's reflective
 * constructor mapper re-matches columns to parameters for every statement.
 */
public final class AccountMapper implements RowMapper<Account> {
    @Override
    public Account map(ResultSet r, StatementContext ctx) throws SQLException {
        return new Account(r.getLong("id"), r.getString("crm_id"), r.getString("name"),
                choice(r, "segment", Segment.class), choice(r, "service_model", ServiceModel.class),
                choice(r, "ta_support_level", TaSupportLevel.class), choice(r, "ta_segmentation", TaSegmentation.class),
                choice(r, "order_type", OrderType.class), choice(r, "deployment", Deployment.class),
                r.getString("lifecycle_stage"), r.getString("ae"), r.getString("ce"), r.getString("ta"),
                r.getString("expand_ae"), r.getString("slack_channel"), date(r, "expected_close_date"),
                instant(r, "contract_signed_at"), date(r, "closed_won_date"), date(r, "renewal_date"),
                longOrNull(r, "arr_cents"), intOrNull(r, "seats_purchased"), instant(r, "roles_covered_at"),
                r.getString("ae_manager"));
    }

    private static <E extends Enum<E> & StoredText> E choice(ResultSet r, String column, Class<E> type)
            throws SQLException {
        return StoredText.fromStored(type, r.getString(column));
    }
}
