package dev.baton.account;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The alerts people asked for as DMs (App Home's "My settings"), and the accounts in the red band. */
public interface AlertSettingDao {
    /** Everyone who chose something for the alert, with their choice. */
    @SqlQuery
    @KeyColumn("slack_user")
    @ValueColumn("choice")
    Map<String, String> choosers(@Bind("alert") String alert);

    /** A person's stored choices, by alert; an alert without a row has its default. */
    @SqlQuery
    @KeyColumn("alert")
    @ValueColumn("choice")
    Map<String, String> choicesOf(@Bind("userId") String userId);

    @SqlUpdate
    int forget(@Bind("userId") String userId, @Bind("alert") String alert);

    @SqlUpdate
    int remember(@Bind("userId") String userId, @Bind("alert") String alert, @Bind("choice") String choice,
                 @Bind("now") Instant now);

    /** The accounts among {@code accountIds} (at least one) whose health band is red. */
    @SqlQuery
    List<Long> redAmong(@Bind("accountIds") long[] accountIds);

    @Transaction
    default void choose(String userId, String alert, String choice, Instant now) {
        forget(userId, alert);
        remember(userId, alert, choice, now);
    }
}
