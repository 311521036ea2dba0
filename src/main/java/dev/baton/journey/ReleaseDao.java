package dev.baton.journey;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

/** The product releases leaders post. */
@RegisterConstructorMapper(Release.class)
public interface ReleaseDao {
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@Bind("title") String title, @Bind("summary") String summary, @Bind("link") String link,
                @Bind("by") String postedBy, @Bind("now") Instant now);

    @SqlQuery
    List<Release> since(@Bind("from") Instant from);
}
