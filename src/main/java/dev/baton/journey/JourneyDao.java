package dev.baton.journey;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Enrolments, the journey emails and the contacts they go to. */
@RegisterConstructorMapper(Enrolment.class)
@RegisterConstructorMapper(JourneyContact.class)
@RegisterConstructorMapper(JourneyMessage.class)
@RegisterConstructorMapper(Owed.class)
public interface JourneyDao {
    /**
     * Enrols every account the journey's entry names that is not in it yet (closed-won of one of {@code models}, or
     * one of {@code segmentations}, each list written {@code ,Pooled,Scaled,}); how many entered.
     */
    @SqlUpdate
    int enrol(@Bind("journey") String journey, @Bind("models") String serviceModels,
              @Bind("segmentations") String taSegmentations, @Bind("now") Instant now, @Bind("today") LocalDate today);

    @SqlQuery
    List<Enrolment> enrolmentsOf(@Bind("accountId") long accountId);

    @SqlUpdate
    int pause(@Bind("accountId") long accountId, @Bind("journey") String journey, @Bind("by") String by,
              @Bind("now") Instant now);

    @SqlUpdate
    int resume(@Bind("accountId") long accountId, @Bind("journey") String journey);

    /**
     * The contacts holding {@code rolePattern} ({@code %,code,%}) still owed {@code step}'s {@code occurrence}, among
     * the enrolments the occurrence is due for (see {@link StepTiming.Due}).
     */
    @SqlQuery
    List<Owed> owed(@Bind("journey") String journey, @Bind("step") String step, @Bind("occurrence") String occurrence,
                    @Bind("role") String rolePattern, @Bind("timed") boolean timed,
                    @Bind("closedWonFrom") LocalDate closedWonFrom, @Bind("closedWonTo") LocalDate closedWonTo,
                    @Bind("enrolledBefore") LocalDate enrolledBefore, @Bind("enrolledBy") Instant enrolledBy);

    @SqlQuery
    Optional<JourneyContact> contact(@Bind("id") long id);

    @SqlQuery
    boolean planned(@Bind("contactId") long contactId, @Bind("journey") String journey, @Bind("step") String step,
                    @Bind("occurrence") String occurrence);

    @SqlQuery
    boolean dayTaken(@Bind("contactId") long contactId, @Bind("day") LocalDate day);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertMessage(@Bind("accountId") long accountId, @Bind("contactId") long contactId,
                       @Bind("journey") String journey, @Bind("step") String step,
                       @Bind("occurrence") String occurrence, @Bind("email") String email,
                       @Bind("day") LocalDate day, @Bind("outboxKey") String outboxKey, @Bind("now") Instant now);

    @SqlQuery
    Optional<JourneyMessage> message(@Bind("id") long id);

    /** Journey emails whose outbox row went out since they were last looked at: now sent. */
    @SqlUpdate
    int syncSent(@Bind("now") Instant now);

    /** Journey emails whose outbox row died (retried and given up): failed. */
    @SqlUpdate
    int syncFailed(@Bind("now") Instant now);

    /** Pending journey emails the mail server refused permanently. */
    @SqlQuery
    List<JourneyMessage> newlyBounced();

    @SqlUpdate
    int markBounced(@Bind("id") long id, @Bind("note") String note, @Bind("now") Instant now);

    /** Marks the contact's address bounced; 1 only the first time. */
    @SqlUpdate
    int markContactBounced(@Bind("id") long contactId, @Bind("reason") String reason, @Bind("now") Instant now);

    /** Marks the contact unsubscribed; 1 only the first time. */
    @SqlUpdate
    int unsubscribe(@Bind("id") long contactId, @Bind("now") Instant now);

    @SqlUpdate
    int countOpen(@Bind("id") long id);

    @SqlUpdate
    int countClick(@Bind("id") long id);

    @SqlQuery
    Optional<Long> firstEngaged(@Bind("id") long id);

    /** The latest journey email to an address (a provider's bounce report names the address). */
    @SqlQuery
    List<JourneyMessage> latestTo(@Bind("email") String emailKey);
}
