package dev.baton.journey;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The monthly recap's figures: seat usage kept per month, and the features first used, from the ingested usage. */
@RegisterConstructorMapper(RecapDao.SeatState.class)
@RegisterConstructorMapper(RecapDao.MonthUsage.class)
public interface RecapDao {
    /** An enrolled account's latest seat report. */
    record SeatState(long accountId, Integer activeUsers, Integer seatsPurchased, Instant asOf) {
    }

    /** An account's seat usage as it stood at the end of a month. */
    record MonthUsage(Integer activeUsers, Integer seatsPurchased) {
    }

    /** The latest seat report of every enrolled account. */
    @SqlQuery
    List<SeatState> enrolledSeatStates();

    @SqlUpdate
    int updateMonth(@Bind("accountId") long accountId, @Bind("month") LocalDate month,
                    @Bind("activeUsers") Integer activeUsers, @Bind("seats") Integer seatsPurchased);

    @SqlUpdate
    int insertMonth(@Bind("accountId") long accountId, @Bind("month") LocalDate month,
                    @Bind("activeUsers") Integer activeUsers, @Bind("seats") Integer seatsPurchased);

    @SqlQuery
    Optional<MonthUsage> month(@Bind("accountId") long accountId, @Bind("month") LocalDate month);

    /** The features the account used for the first time in [from, to), in order of first use. */
    @SqlQuery
    List<String> firstUsed(@Bind("accountId") long accountId, @Bind("from") Instant from, @Bind("to") Instant to);

    /** How many features the account had used by {@code to}. */
    @SqlQuery
    int adopted(@Bind("accountId") long accountId, @Bind("to") Instant to);
}
