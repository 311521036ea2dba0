package dev.baton.journey;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** The 30-day survey's answers (table {@code survey_answer}) and the account team they are posted to. */
@RegisterConstructorMapper(SurveyDao.Team.class)
public interface SurveyDao {
    /** The account and who hears about its customers' answers. */
    record Team(long id, String name, String ae, String ta, String ce, String slackChannel) {
        String lead() {
            return ta != null ? ta : ce != null ? ce : ae;
        }
    }

    /** Stores the answer to one survey email; 0 when that email was answered already. */
    @SqlUpdate
    int answer(@Bind("accountId") long accountId, @Bind("contactId") long contactId, @Bind("contact") String contact,
               @Bind("messageId") long messageId, @Bind("score") int score, @Bind("comment") String comment,
               @Bind("now") Instant now);

    @SqlQuery
    Optional<Team> team(@Bind("accountId") long accountId);
}
