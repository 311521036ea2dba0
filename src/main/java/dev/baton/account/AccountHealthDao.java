package dev.baton.account;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.LocalDate;
import java.util.List;

/** Reads the health score the health workflow keeps, for the cards and App Home that show it. */
@RegisterConstructorMapper(AccountHealthSummary.class)
public interface AccountHealthDao {
    @SqlQuery
    List<AccountHealthSummary> summaries(@Bind("accountIds") Long[] accountIds,
                                         @Bind("lastWeek") LocalDate lastWeek);
}
