package dev.baton;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountImport;
import dev.baton.account.AccountsApi;
import dev.baton.api.ApiAuth;
import dev.baton.churn.ChurnActionsStep;
import dev.baton.churn.ChurnReviewCallStep;
import dev.baton.churn.ChurnDao;
import dev.baton.churn.ChurnViews;
import dev.baton.config.Settings;
import dev.baton.config.SettingsException;
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
import dev.baton.roles.ContactDao;
import dev.baton.audit.AuditDao;
import dev.baton.outbox.OutboxDao;
import dev.baton.usage.UsageDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Baton's entry point: reads the settings, wires the workflows onto one Bolt app, and serves it. */
public final class Baton implements AutoCloseable {
    static final int MAX_SLACK_BODY = 256 * 1024;
    static final int MAX_API_BODY = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Baton.class);
    private static final Class<?>[] DAOS = {AccountDao.class, ContactDao.class, AuditDao.class, OutboxDao.class,
            DueStepDao.class, UserZoneDao.class, HandoffDao.class, ChurnDao.class, UsageDao.class};
    /** Runs start-up work on a thread of its own. */
    private static final Executor BATON_START = work -> daemon("baton-start").newThread(work).start();

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final BatonServer server;
    /** Follow-ups to Slack requests (App Home, response_url replies): a silent database holds each for 30 s at most. */
    private final ExecutorService responders = Executors.newFixedThreadPool(4, work -> daemon("baton-respond")
            .newThread(() -> DatabasePatience.during(DatabasePatience.UNHURRIED, work)));
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, daemon("baton-background"));
    private final OutboxSender outbox;
    private final SeenRequests seen;
    private final Timeline timeline;
    private final Thread outboxLoop;
    private volatile boolean running = true;

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
        seen = new SeenRequests(database);
        app.use(new EventDeduplication(seen, clock));
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
        new TimelineSlack(new TimelineActions(database.jdbi(), settings.leaders(), zones, clock,
                timeline::closedItemByItem), reminderViews, responseUrls).register(app);
        SendTimeRenders renders = new SendTimeRenders();
        registerWorkflows(app, blockKit, responseUrls, rolesViews, handoffViews, renders);
        ChurnWorkflow.register(app, database.jdbi(), settings, clock, churnViews, templates, responseUrls, responders,
                zones);
        outbox = new OutboxSender(database.jdbi(), methods, clock, instance, Outbox.CHANNEL_PACE,
                new DeadLetterAlerts(blockKit, settings.leaders()),
                settings.mail().map(mail -> new EmailDelivery(mail, methods)).orElse(null), renders);
        outboxLoop = new Thread(this::deliverUntilClosed, "baton-outbox");
        outboxLoop.setDaemon(true);
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
        return slackConfig;
    }

    private void registerWorkflows(App app, BlockKit blockKit, ResponseUrls responseUrls, RolesViews rolesViews,
                                   HandoffViews handoffViews, SendTimeRenders renders) {
        AccountDirectory accounts = new AccountDirectory(database.jdbi());
        ApiAuth apiAuth = new ApiAuth(settings.apiToken());
        new HealthEndpoint(database).register(app);
        new AccountsApi(apiAuth, new AccountImport(database.jdbi(), clock, timeline::schedule)).register(app);
        RolesService roles = new RolesService(database.jdbi(), settings.leaders(), clock,
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
        // work that need not delay listening: half a second of reflection (until it is done, a DAO is built per
        // use), and Flyway's validation when the schema was already current at open
        background.execute(() -> guarded("DAO preparation", () -> database.prepare(DAOS)));
        background.execute(() -> guarded("schema check", database::confirmSchema));
        // a few seconds later, so reading the accounts and contacts does not compete with start-up itself
        background.schedule(() -> guarded("page cache warm-up", database::warmPageCache), 3, TimeUnit.SECONDS);
        outboxLoop.start();
        background.scheduleWithFixedDelay(() -> guarded("timeline", () -> timeline.tick(500)), 5, 30, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(() -> guarded("prune", () -> seen.prune(clock.instant().minus(Duration.ofMinutes(10)))),
                1, 5, TimeUnit.MINUTES);
        log.info("Baton is listening on port {} with {}", server.port(), settings);
    }

    /** The sender wakes when the next row is due (at most a second later), so channel pacing holds its rate. */
    private void deliverUntilClosed() {
        DatabasePatience.set(DatabasePatience.UNHURRIED);
        while (running) {
            try {
                boolean more = outbox.deliverDue(50) == 50;
                database.outages().reachable();
                if (!more) {
                    Thread.sleep(outbox.idleWait().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!database.outages().failed("outbox delivery", e)) {
                    log.warn("Outbox delivery failed; retrying in a second: {}", e.toString());
                }
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        running = false;
        outboxLoop.interrupt();
        background.shutdownNow();
        server.close();
        responders.shutdown();
        responders.awaitTermination(5, TimeUnit.SECONDS);
        database.close();
    }

    private void guarded(String what, Runnable work) {
        try {
            DatabasePatience.during(DatabasePatience.UNHURRIED, work);
        } catch (RuntimeException e) {
            if (!database.outages().failed(what, e)) {
                log.warn("Background {} failed: {}", what, e.toString());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.exit(BatonCommands.run(List.of(args)));
            return;
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (SettingsException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Baton baton = new Baton(settings, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                baton.close();
            } catch (Exception e) {
                log.warn("Shutdown: {}", e.toString());
            }
        }));
        baton.start();
        baton.join();
    }
}
