package dev.baton.accounthealth;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;

/** The weekly health overview's claim: one row per week it was posted in, with the overview it posted. */
public interface OverviewWeekDao {
    /** Claims the week and keeps its overview; 1 only for the first caller, across instances. */
    @SqlUpdate
    int claim(@Bind("week") LocalDate week, @Bind("now") Instant now, @Bind("overview") String overview);

    @SqlQuery
    int claimed(@Bind("week") LocalDate week);
}
