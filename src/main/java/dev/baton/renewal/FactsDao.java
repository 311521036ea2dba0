package dev.baton.renewal;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What Baton already knows about an account from the other workflows' tables, read to prefill the assessment. */
@RegisterConstructorMapper(FactsDao.Seats.class)
@RegisterConstructorMapper(FactsDao.FirstUse.class)
@RegisterConstructorMapper(FactsDao.ChurnFact.class)
public interface FactsDao {
    record Seats(String state, Integer activeUsers, Integer seatsPurchased, Instant asOf) {
        /** Active users as a share of seats, in whole percent; null without a report. */
        public Integer percent() {
            return activeUsers == null || seatsPurchased == null || seatsPurchased == 0 ? null
                    : (int) Math.round(activeUsers * 100.0 / seatsPurchased);
        }

        public String asOfDate() {
            return asOf == null ? null : asOf.toString().substring(0, 10);
        }
    }

    record FirstUse(String feature, Instant firstAt) {
    }

    record ChurnFact(String kind, long arrBeforeCents, long arrAfterCents, int seatsBefore, int seatsAfter,
                     LocalDate effectiveDate, String category) {
        /** The ARR lost, in dollars. */
        public String lost() {
            return RenewalRow.dollars(arrBeforeCents - arrAfterCents);
        }
    }

    @SqlQuery
    Optional<Seats> seats(@Bind("accountId") long accountId);

    /** The account's health score as the health workflow stored it ({@code components} a JSON object). */
    record Health(Integer score, String band, String components, String missing) {
    }

    @SqlQuery
    @RegisterConstructorMapper(Health.class)
    Optional<Health> health(@Bind("accountId") long accountId);

    @SqlQuery
    List<FirstUse> firstUsesSince(@Bind("accountId") long accountId, @Bind("since") Instant since);

    /** Messages to any of {@code channels} (the account's team and channel) Baton gave up on and nobody dropped. */
    @SqlQuery
    int deadLettersTo(@Bind("channels") String[] channels);

    @SqlQuery
    boolean accountMuted(@Bind("subject") String accountId);

    @SqlQuery
    int mutedFeatures();

    @SqlQuery
    List<ChurnFact> churns(@Bind("accountId") long accountId);
}
