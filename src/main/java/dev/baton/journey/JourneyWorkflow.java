package dev.baton.journey;

import com.slack.api.bolt.App;
import dev.baton.config.JourneySettings;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.nio.file.Path;
import java.util.List;

/**
 * The digital-success journeys: journeys read from {@code templates/journeys/} at start, enrolment and sends on
 * every tick, the pages their links open, and what became of each email.
 */
public final class JourneyWorkflow implements Workflow {
    private final List<Journey> journeys;
    private final JourneyPlanner planner;
    private final JourneyTracking tracking;
    private final JourneyPages pages;
    private final SurveyPages survey;
    private final EmailEventsApi emailEvents;
    private final JourneySlack slack;
    private final ReleaseSlack releaseSlack;
    private final ReleasesApi releasesApi;
    private final WeeklySummary summary;

    public JourneyWorkflow(SharedParts parts) {
        Path templatesDir = parts.settings().templatesDir();
        journeys = JourneyFiles.load(templatesDir, parts.templates()::exists);
        JourneySettings settings = parts.settings().journeys();
        SignedLinks links = new SignedLinks(settings.publicUrl(), settings.linkSecret());
        JourneyEmails emails = new JourneyEmails(parts.templates(), settings, links);
        planner = new JourneyPlanner(parts.jdbi(), parts.clock(), parts.settings().timezone(), journeys, emails,
                new MonthlyRecap(parts.settings().timezone()), parts.settings().mail().isPresent());
        tracking = new JourneyTracking(parts.jdbi(), parts.clock(), parts.blockKit());
        pages = new JourneyPages(parts.jdbi(), parts.clock(), parts.templates(), links, settings.links().get("support"));
        summary = new WeeklySummary(parts.jdbi(), parts.clock(), parts.settings().timezone(), settings.digitalChannel(),
                parts.settings().leaders(), parts.blockKit());
        Releases releases = new Releases(parts.jdbi(), parts.clock());
        releaseSlack = new ReleaseSlack(releases, parts.access(), parts.templates(), parts.blockKit());
        releasesApi = new ReleasesApi(parts.apiAuth(), releases);
        slack = new JourneySlack(parts.jdbi(), parts.clock(), parts.access(), parts.blockKit(), parts.responses());
        emailEvents = new EmailEventsApi(parts.jdbi(), parts.clock(), settings.emailEventsSecret(), tracking);
        survey = new SurveyPages(parts.jdbi(), parts.clock(), parts.templates(), parts.blockKit(), links, pages);
    }

    /** The journeys read at start, in file order. */
    public List<Journey> journeys() {
        return journeys;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(JourneyDao.class, RecapDao.class, ReleaseDao.class, SurveyDao.class, SummaryDao.class);
    }

    @Override
    public void tick() {
        tracking.sync();
        planner.plan();
        summary.postIfDue();
    }

    @Override
    public void register(App app) {
        app.endpoint("GET", SignedLinks.UNSUBSCRIBE, (req, ctx) -> pages.unsubscribePage(req));
        app.endpoint("POST", SignedLinks.UNSUBSCRIBE, (req, ctx) -> pages.unsubscribe(req));
        app.endpoint("GET", SignedLinks.CLICK, (req, ctx) -> pages.click(req));
        app.endpoint("GET", SignedLinks.OPEN, (req, ctx) -> pages.open(req));
        app.endpoint("GET", SignedLinks.SURVEY, (req, ctx) -> survey.page(req));
        app.endpoint("POST", SignedLinks.SURVEY, (req, ctx) -> survey.answer(req));
        app.endpoint("POST", "/api/email-events", (req, ctx) -> emailEvents.receive(req));
        app.blockAction(JourneySlack.ACTION_PAUSE_MENU, slack::pauseMenu);
        app.endpoint("POST", "/api/releases", (req, ctx) -> releasesApi.post(req));
        app.globalShortcut(ReleaseSlack.SHORTCUT, releaseSlack::shortcut);
        app.viewSubmission(ReleaseSlack.MODAL, releaseSlack::submit);
    }
}
