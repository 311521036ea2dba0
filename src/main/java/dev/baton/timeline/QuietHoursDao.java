package dev.baton.timeline;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The quiet hours people set for themselves ({@code user_quiet_hours}). */
@RegisterRowMapper(QuietHoursDao.Mapper.class)
public interface QuietHoursDao {
    @SqlQuery
    Optional<QuietHours> quietHoursOf(@Bind("userId") String userId);

    @SqlUpdate
    int forget(@Bind("userId") String userId);

    @SqlUpdate
    int remember(@Bind("userId") String userId, @Bind("fromMinute") int fromMinute,
                 @Bind("untilMinute") int untilMinute, @Bind("weekendsQuiet") boolean weekendsQuiet,
                 @Bind("now") Instant now);

    /** Replaces the person's quiet hours; {@code null} goes back to the working hours. */
    @Transaction
    default void set(String userId, QuietHours hours, Instant now) {
        forget(userId);
        if (hours != null) {
            remember(userId, hours.fromMinute(), hours.untilMinute(), hours.weekendsQuiet(), now);
        }
    }

    /** A row as {@link QuietHours}. */
    final class Mapper implements RowMapper<QuietHours> {
        @Override
        public QuietHours map(ResultSet rs, StatementContext ctx) throws SQLException {
            return QuietHours.ofMinutes(rs.getInt("quiet_from_minute"), rs.getInt("quiet_until_minute"),
                    rs.getBoolean("weekends_quiet"));
        }
    }
}
