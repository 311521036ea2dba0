package dev.baton.account;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rows behind {@link HealthOverview}, and the overview last posted. */
@RegisterConstructorMapper(HealthOverviewDao.Row.class)
public interface HealthOverviewDao {
    /** A scored account now, and its latest snapshot from before the week (null without one). */
    record Row(long accountId, String name, String segment, int score, String band, String missing, Integer lastScore,
               String lastBand) {
    }

    @SqlQuery
    List<Row> rows(@Bind("week") LocalDate week);

    /** The JSON of the overview posted most recently ({@code health_overview_week}). */
    @SqlQuery
    Optional<String> latest();
}
