package dev.baton.journey;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The weekly conversations summary: its claim, and each journey step's figures over a week. */
@RegisterConstructorMapper(SummaryDao.StepFigures.class)
public interface SummaryDao {
    /** One step's emails queued in a week and what became of them. */
    record StepFigures(String journey, String step, int total, int sent, int pending, int bounced, int failed,
                       int unsubscribed, int opened, int clicked) {
    }

    /** Claims the week's summary; 1 only for the first caller, across instances. */
    @SqlUpdate
    int claim(@Bind("week") LocalDate week, @Bind("now") Instant now);

    @SqlQuery
    List<StepFigures> figures(@Bind("from") Instant from, @Bind("to") Instant to);
}
