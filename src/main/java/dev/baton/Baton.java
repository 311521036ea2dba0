package dev.baton;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountImport;
import dev.baton.account.AccountsApi;
import dev.baton.api.ApiAuth;
import dev.baton.churn.ChurnActionsStep;
import dev.baton.churn.ChurnReviewCallStep;
import dev.baton.churn.ChurnDao;
import dev.baton.churn.ChurnViews;
import dev.baton.config.Settings;
import dev.baton.config.StartupFailure;
import dev.baton.health.HealthEndpoint;
import dev.baton.home.HomeSlack;
import dev.baton.handoff.HandoffDao;
import dev.baton.handoff.HandoffViews;
import dev.baton.handoff.HandoffWorkflow;
import dev.baton.churn.ChurnWorkflow;
import dev.baton.usage.UsageWorkflow;
import dev.baton.handoff.HandoffSteps;
import dev.baton.timeline.TimelineStep;
import java.util.ArrayList;
import dev.baton.handoff.SupportLevelStep;
import dev.baton.handoff.TaAssignedStep;
import dev.baton.outbox.DeadLetterAlerts;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.EmailDelivery;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.outbox.OutboxSender;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.roles.RolesTaggingStep;
import dev.baton.timeline.DueStepDao;
import dev.baton.timeline.ReminderViews;
import dev.baton.timeline.Timeline;
import dev.baton.timeline.TimelineActions;
import dev.baton.timeline.TimelineSlack;
import dev.baton.timeline.UserZoneDao;
import dev.baton.timeline.UserZones;
import com.slack.api.methods.MethodsClient;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.roles.RolesNotifications;
import dev.baton.roles.RolesService;
import dev.baton.roles.RolesSlack;
import dev.baton.roles.RolesViews;
import dev.baton.slack.AuthTestFailure;
import dev.baton.slack.BodyLimit;
import dev.baton.slack.BatonServer;
import dev.baton.slack.DatabaseOutageAnswers;
import dev.baton.slack.EventDeduplication;
import dev.baton.slack.RequestGuard;
import dev.baton.slack.ResponseUrls;
import dev.baton.slack.SeenRequests;
import dev.baton.slack.SlackSignature;
import dev.baton.store.Database;
import dev.baton.store.DatabasePatience;
import dev.baton.account.AccountDao;
import dev.baton.account.ContactDao;
import dev.baton.audit.AuditDao;
import dev.baton.outbox.OutboxDao;
import dev.baton.usage.UsageDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Baton's entry point: reads the settings, wires the workflows onto one Bolt app, and serves it. */
public final class Baton implements AutoCloseable {
    static final int MAX_SLACK_BODY = 256 * 1024;
    static final int MAX_API_BODY = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Baton.class);
    /** How long a stop waits for the outbox and timeline loops, and then the responders, after the requests. */
    private static final Duration LOOP_WAIT = Duration.ofSeconds(5);
    private static final Class<?>[] DAOS = {AccountDao.class, ContactDao.class, AuditDao.class, OutboxDao.class,
            DueStepDao.class, UserZoneDao.class, HandoffDao.class, ChurnDao.class, UsageDao.class};
    /** Runs start-up work on a thread of its own. */
    private static final Executor BATON_START = work -> BackgroundWork.daemon("baton-start").newThread(work).start();

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final BatonServer server;
    /** Follow-ups to Slack requests (App Home, response_url replies): a silent database holds each for 30 s at most. */
    private final ExecutorService responders = Executors.newFixedThreadPool(4, work -> BackgroundWork.daemon("baton-respond")
            .newThread(() -> DatabasePatience.during(DatabasePatience.UNHURRIED, work)));
    private final OutboxSender outbox;
    private final SeenRequests seen;
    private final Timeline timeline;
    private final BackgroundWork work;

    public Baton(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // The database (pool and Flyway) opens on its own thread while Bolt, the Slack client and the templates
        // load on this one: both are mostly class loading, and start-up time is a goal (issue 2).
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(settings.databaseUrl(),
                settings.databaseUser(), settings.databasePassword()), BATON_START);
        Slack slack;
        App app;
        Templates templates;
        try {
            slack = Slack.getInstance(slackConfig(settings));
            app = new App(AppConfig.builder().singleTeamBotToken(settings.slackBotToken())
                    .signingSecret(settings.slackSigningSecret()).requestVerificationEnabled(false).slack(slack).build());
            templates = new Templates(settings.templatesDir());
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        this.database = joinUnwrapped(opening);
        MethodsClient methods = slack.methods(settings.slackBotToken());
        seen = new SeenRequests(database, clock.instant());
        try {
            app.use(new EventDeduplication(seen, clock)); // the app's first middleware: Bolt asks auth.test here
        } catch (RuntimeException boltAuthTestFailed) { // "The token is invalid", or an answer that is not JSON
            database.close();
            throw AuthTestFailure.diagnose(methods, settings.slackApiUrl(), boltAuthTestFailed);
        }
        String instance = "baton-" + UUID.randomUUID().toString().substring(0, 8);
        BlockKit blockKit = new BlockKit(templates);
        ResponseUrls responseUrls = new ResponseUrls(slack, responders);
        UserZones zones = new UserZones(database.jdbi(), methods, settings.timezone(), clock, responders);
        RolesViews rolesViews = new RolesViews(blockKit);
        ReminderViews reminderViews = new ReminderViews(blockKit);
        ChurnViews churnViews = new ChurnViews(blockKit);
        HandoffViews handoffViews = new HandoffViews(blockKit, templates);
        timeline = new Timeline(database.jdbi(), steps(rolesViews, churnViews, handoffViews),
                settings.leaders(), zones, reminderViews, clock, instance);
        new TimelineSlack(new TimelineActions(database.jdbi(), new AccountAccess(settings.leaders()), zones, clock,
                timeline::closedItemByItem), reminderViews, responseUrls).register(app);
        SendTimeRenders renders = new SendTimeRenders();
        registerWorkflows(app, blockKit, responseUrls, rolesViews, handoffViews, renders);
        ChurnWorkflow.register(app, database.jdbi(), settings, clock, churnViews, templates, responseUrls, responders,
                zones);
        outbox = new OutboxSender(database.jdbi(), methods, clock, instance, Outbox.CHANNEL_PACE,
                new DeadLetterAlerts(blockKit, settings.leaders()),
                settings.mail().map(mail -> new EmailDelivery(mail, methods)).orElse(null), renders);
        work = new BackgroundWork(database, outbox, timeline, seen, clock, DAOS);
        server = new BatonServer(app, settings.port(), new BodyLimit(MAX_SLACK_BODY),
                new RequestGuard(new SlackSignature(settings.slackSigningSecret()), seen, clock, MAX_SLACK_BODY),
                new BodyLimit(MAX_API_BODY),
                new DatabaseOutageAnswers(blockKit, responseUrls, methods, responders, database.outages()));
    }

    /** Every workflow's timeline steps. */
    private List<TimelineStep> steps(RolesViews rolesViews, ChurnViews churnViews, HandoffViews handoffViews) {
        List<TimelineStep> steps = new ArrayList<>(List.of(new RolesTaggingStep(rolesViews, settings.leaders()),
                new SupportLevelStep(settings.leaders()), new TaAssignedStep(settings.leaders()),
                new ChurnReviewCallStep(), new ChurnActionsStep(churnViews, clock, settings.timezone())));
        steps.addAll(HandoffSteps.all(settings.leaders(), handoffViews, clock));
        return steps;
    }

    /** Waits for start-up work done on another thread, rethrowing its own exception rather than a wrapper. */
    private static <T> T joinUnwrapped(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static SlackConfig slackConfig(Settings settings) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
        slackConfig.setHttpClientReadTimeoutMillis(10_000);
        slackConfig.setHttpClientCallTimeoutMillis(15_000);
        // the SDK's call statistics (unused here) would ask auth.test for the team id before the first call, which
        // doubles the start-up check and logs its failure with a stack trace
        slackConfig.getMethodsConfig().setStatsEnabled(false);
        return slackConfig;
    }

    private void registerWorkflows(App app, BlockKit blockKit, ResponseUrls responseUrls, RolesViews rolesViews,
                                   HandoffViews handoffViews, SendTimeRenders renders) {
        AccountDirectory accounts = new AccountDirectory(database.jdbi());
        ApiAuth apiAuth = new ApiAuth(settings.apiToken());
        new HealthEndpoint(database).register(app);
        new AccountsApi(apiAuth, new AccountImport(database.jdbi(), clock, timeline::schedule)).register(app);
        RolesService roles = new RolesService(database.jdbi(), new AccountAccess(settings.leaders()), clock,
                new RolesNotifications(blockKit));
        new RolesSlack(roles, accounts, rolesViews, responseUrls).register(app);
        LongFunction<Optional<JsonObject>> accountCard = HandoffWorkflow.register(app, database.jdbi(), settings, clock,
                handoffViews, accounts, responseUrls, timeline::schedule);
        UsageWorkflow.register(app, database.jdbi(), settings, clock, blockKit, responseUrls, apiAuth, accountCard,
                renders);
        new HomeSlack(roles, new OutboxAdmin(database.jdbi(), clock), blockKit, settings.leaders(), responseUrls,
                responders).register(app);
    }

    /** Starts serving and the background work (outbox delivery, the timeline, pruning); returns once bound. */
    public void start() throws Exception {
        server.start();
        work.start();
        log.info("Baton is listening on port {} with {}", server.port(), settings);
    }

    public int port() {
        return server.port();
    }

    public Database database() {
        return database;
    }

    public OutboxSender outbox() {
        return outbox;
    }

    public Timeline timeline() {
        return timeline;
    }

    /**
     * Stops without losing work: stops accepting and lets the requests in flight finish, stops the outbox and
     * timeline loops after the delivery or step each is in and waits for them and for the responders, hands back
     * their leases so another instance takes the work at once, and closes the pool last. Answers what it drained.
     */
    public StopReport stop() {
        long started = System.nanoTime();
        work.requestStop(); // the loops wind down while the requests drain
        BatonServer.Drained requests = server.stop();
        BackgroundWork.Released released = work.awaitStopped(LOOP_WAIT);
        responders.shutdown();
        try {
            responders.awaitTermination(LOOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
        return new StopReport(requests.inFlight(), requests.cutOff(), released.outboxLeases(),
                released.timelineClaims(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@link #stop}, logging the one line that says what was drained. */
    @Override
    public void close() {
        log.info(stop().line());
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.exit(BatonCommands.run(List.of(args)));
            return;
        }
        CountDownLatch stopAsked = stopSignal("TERM", "INT"); // from here on, so one during start-up waits for it
        Baton baton = null;
        try {
            baton = new Baton(Settings.fromEnvironment(System.getenv()), Clock.systemUTC());
            baton.start();
        } catch (StartupFailure e) {
            if (baton != null) {
                baton.stop(); // nothing was served, so there is nothing to report
            }
            System.err.println(e.getMessage());
            System.exit(StartupFailure.EXIT_STATUS);
            return;
        }
        stopAsked.await();
        baton.close();
        System.exit(0);
    }

    /**
     * Counted down by any of these signals. A handler rather than a shutdown hook, and the stop on the main thread:
     * shutdown hooks run all at once, and embedded H2's own would close the database while requests still drain.
     */
    private static CountDownLatch stopSignal(String... signals) {
        CountDownLatch asked = new CountDownLatch(1);
        for (String name : signals) {
            Signal.handle(new Signal(name), signal -> asked.countDown());
        }
        return asked;
    }
}
