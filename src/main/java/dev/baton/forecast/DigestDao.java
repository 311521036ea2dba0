package dev.baton.forecast;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The weekly forecast digest: its claim, its figures (each a set-based query over the window), its snapshot. */
@RegisterConstructorMapper(QuarterFigures.class)
@RegisterConstructorMapper(DigestChange.class)
@RegisterConstructorMapper(DigestGap.class)
public interface DigestDao {
    /** Claims the week's digest for this instance; 1 only for the first caller, across instances. */
    @SqlUpdate
    int claim(@Bind("week") LocalDate week, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    int claimed(@Bind("week") LocalDate week);

    @SqlUpdate
    void markSent(@Bind("week") LocalDate week, @Bind("now") Instant now);

    @SqlQuery
    List<QuarterFigures> quarters(@BindMethods DigestWindow window);

    @SqlQuery
    List<DigestChange> changes(@BindMethods DigestWindow window, @Bind("lastWeek") LocalDate lastWeek,
                               @Bind("perKind") int perKind);

    @SqlQuery
    List<DigestGap> gaps(@BindMethods DigestWindow window, @Bind("perKind") int perKind);

    /** Keeps this week's figures per cycle, for next week's "what changed". */
    @SqlUpdate
    int snapshot(@BindMethods DigestWindow window, @Bind("week") LocalDate week);
}
