package dev.baton.accounthealth;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.LocalDate;
import java.util.List;

/** The rows behind {@link HealthOverview}. */
@RegisterConstructorMapper(HealthOverviewDao.Row.class)
public interface HealthOverviewDao {
    record Row(long accountId, String name, String segment, int score, String band, String missing, Integer lastScore,
               String lastBand) {
    }

    @SqlQuery
    List<Row> rows(@Bind("lastWeek") LocalDate lastWeek);
}
