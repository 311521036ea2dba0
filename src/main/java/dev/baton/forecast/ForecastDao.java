package dev.baton.forecast;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Renewal cycles as the forecast and the processing read and write them. */
@RegisterConstructorMapper(RenewalCycle.class)
public interface ForecastDao {
    @SqlQuery
    Optional<RenewalCycle> cycle(@Bind("id") long id);

    /** The account's open cycle (the earliest renewal date, should there be more than one). */
    @SqlQuery
    Optional<RenewalCycle> openCycle(@Bind("accountId") long accountId);

    /** The account's cycle processed on that day: the answer to a repeated processing. */
    @SqlQuery
    Optional<RenewalCycle> processedOn(@Bind("accountId") long accountId, @Bind("processedOn") LocalDate processedOn);

    @SqlQuery
    Optional<RenewalCycle> forDate(@Bind("accountId") long accountId, @Bind("renewalDate") LocalDate renewalDate);

    /** Sets the forecast against the rating that stands; 0 when the cycle is no longer open. */
    @SqlUpdate
    int saveForecast(@Bind("id") long id, @Bind("outcome") String outcome, @Bind("arrAfter") Long arrAfterCents,
                     @Bind("reason") String reason, @Bind("by") String by, @Bind("now") Instant now);

    /** Closes an open cycle as processed; 1 only for the first caller. */
    @SqlUpdate
    int markProcessed(@Bind("id") long id, @Bind("outcome") String outcome, @Bind("arrAfter") long arrAfterCents,
                      @Bind("seatsAfter") Integer seatsAfter, @Bind("on") LocalDate on, @Bind("by") String by,
                      @Bind("now") Instant now);

    /** A cycle processed at once (none was open); 0 when the account already has one for that date. */
    @SqlUpdate
    int insertProcessed(@Bind("accountId") long accountId, @Bind("renewalDate") LocalDate renewalDate,
                        @Bind("outcome") String outcome, @Bind("arrAfter") long arrAfterCents,
                        @Bind("seatsAfter") Integer seatsAfter, @Bind("on") LocalDate on, @Bind("by") String by,
                        @Bind("now") Instant now);

    @SqlUpdate
    void linkChurn(@Bind("id") long id, @Bind("churnId") long churnId);
}
