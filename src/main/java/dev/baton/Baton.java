package dev.baton;

import com.slack.api.bolt.App;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountCards;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountImport;
import dev.baton.account.AccountsApi;
import dev.baton.accounthealth.HealthWorkflow;
import dev.baton.api.ApiAuth;
import dev.baton.churn.ChurnWorkflow;
import dev.baton.config.ContextCarryingExecutor;
import dev.baton.config.Settings;
import dev.baton.config.StartupFailure;
import dev.baton.forecast.ForecastWorkflow;
import dev.baton.handoff.HandoffWorkflow;
import dev.baton.health.HealthEndpoint;
import dev.baton.home.HomeWorkflow;
import dev.baton.journey.JourneyWorkflow;
import dev.baton.lighthouse.LighthouseWorkflow;
import dev.baton.metrics.BatonMetrics;
import dev.baton.metrics.MetricsEndpoint;
import dev.baton.metrics.SlackRequestTiming;
import dev.baton.outbox.DeadLetterAlerts;
import dev.baton.outbox.EmailDelivery;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.OutboxBacklog;
import dev.baton.outbox.OutboxSender;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.render.BlockKit;
import dev.baton.renewal.RenewalWorkflow;
import dev.baton.roles.RolesWorkflow;
import dev.baton.slack.BatonServer;
import dev.baton.slack.BodyLimit;
import dev.baton.slack.DatabaseOutageAnswers;
import dev.baton.slack.EventDeduplication;
import dev.baton.slack.RequestGuard;
import dev.baton.slack.ResponseUrls;
import dev.baton.slack.SeenRequests;
import dev.baton.slack.SlackApp;
import dev.baton.slack.SlackSignature;
import dev.baton.slack.SocketModeConnection;
import dev.baton.store.Database;
import dev.baton.store.DatabasePatience;
import dev.baton.successplan.SuccessPlanWorkflow;
import dev.baton.timeline.ReminderViews;
import dev.baton.timeline.ScheduleHook;
import dev.baton.timeline.Timeline;
import dev.baton.timeline.TimelineActions;
import dev.baton.timeline.TimelineSlack;
import dev.baton.timeline.StepForms;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.UserZones;
import dev.baton.usage.UsageWorkflow;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Baton's entry point: the settings, the parts the workflows share, the list of workflows, and serving them. */
public final class Baton implements AutoCloseable {
    static final int MAX_SLACK_BODY = 256 * 1024;
    static final int MAX_API_BODY = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Baton.class);
    /** How long a stop waits for the outbox and timeline loops, and then the responders, after the requests. */
    private static final Duration LOOP_WAIT = Duration.ofSeconds(5);

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final BatonServer server;
    /** Slack's requests over Socket Mode ({@code SLACK_APP_TOKEN}); null when Slack posts them to {@code /slack/events}. */
    private final SocketModeConnection socket;
    /** Follow-ups to Slack requests (App Home, response_url replies): a silent database holds each for 30 s at most. */
    private final ExecutorService responders = new ContextCarryingExecutor(Executors.newFixedThreadPool(4, work ->
            BackgroundWork.daemon("baton-respond").newThread(() -> DatabasePatience.during(DatabasePatience.UNHURRIED, work))));
    private final OutboxSender outbox;
    private final SeenRequests seen;
    private final Timeline timeline;
    private final BackgroundWork work;
    private final List<Workflow> workflows;
    private final BatonMetrics metrics = new BatonMetrics().withJvm();

    public Baton(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Opened opened = Opened.open(settings);
        this.database = opened.database();
        SlackApp slack = opened.slack();
        seen = new SeenRequests(database, clock.instant());
        try {
            slack.deduplicateEvents(new EventDeduplication(seen, clock));
            slack.app().use(new SlackRequestTiming(metrics));
        } catch (StartupFailure e) {
            database.close();
            throw e;
        }
        String instance = "baton-" + UUID.randomUUID().toString().substring(0, 8);
        ScheduleHook schedule = new ScheduleHook();
        SharedParts parts = sharedParts(opened, schedule);
        workflows = workflows(parts);
        parts.stepForms().bind(steps(workflows));
        // The timeline is made of every workflow's steps, so it is built after the workflows, which were given its
        // schedule hook instead; the hook is bound to it here, and only then do the workflows register their handlers.
        ReminderViews reminders = new ReminderViews(parts.blockKit());
        timeline = new Timeline(database.jdbi(), steps(workflows), settings.leaders(), parts.zones(), reminders, clock,
                instance, metrics);
        schedule.bind(timeline);
        workflows.forEach(workflow -> workflow.register(slack.app()));
        registerEngines(slack.app(), parts, reminders);
        outbox = new OutboxSender(database.jdbi(), slack.methods(), clock, instance, Outbox.CHANNEL_PACE,
                new DeadLetterAlerts(parts.blockKit(), settings.leaders()),
                settings.mail().map(mail -> new EmailDelivery(mail, slack.methods())).orElse(null), parts.renders(),
                metrics)
                .holdingDmsFor(parts.zones()::ownQuietUntil);
        work = new BackgroundWork(database, outbox, timeline, seen, clock, daos(workflows), workflows);
        DatabaseOutageAnswers outage = new DatabaseOutageAnswers(parts.blockKit(), parts.responses(), slack.methods(),
                responders, database.outages());
        socket = settings.slackAppToken().map(token -> new SocketModeConnection(slack, token, seen, clock, outage, metrics))
                .orElse(null);
        server = new BatonServer(slack.app(), settings.port(), new BodyLimit(MAX_SLACK_BODY), socket != null ? null
                : new RequestGuard(new SlackSignature(settings.slackSigningSecret()), seen, clock, MAX_SLACK_BODY, metrics),
                new BodyLimit(MAX_API_BODY), outage, metrics);
    }

    /**
     * Every workflow Baton runs; adding one is a package of its own and a line here. What one workflow offers another
     * (churn's recording, for the processed renewals) is a port in {@code workflow}, handed over here, where the
     * dependency shows.
     */
    private static List<Workflow> workflows(SharedParts parts) {
        ChurnWorkflow churn = new ChurnWorkflow(parts);
        return List.of(
                new RolesWorkflow(parts),
                new HandoffWorkflow(parts),
                churn,
                new RenewalWorkflow(parts),
                new ForecastWorkflow(parts, churn.recorder()),
                new LighthouseWorkflow(parts),
                new SuccessPlanWorkflow(parts),
                new UsageWorkflow(parts),
                new HomeWorkflow(parts),
                new HealthWorkflow(parts),
                new JourneyWorkflow(parts));
    }

    /** The one of each that every workflow is built from. */
    private SharedParts sharedParts(Opened opened, ScheduleHook schedule) {
        return new SharedParts(settings, clock, database.jdbi(), opened.templates(), new BlockKit(opened.templates()),
                new SendTimeRenders(), new AccountAccess(settings.leaders()), new AccountDirectory(database.jdbi()),
                schedule, new AccountCards(), new ResponseUrls(opened.slack().slack(), responders), responders,
                new UserZones(database.jdbi(), opened.slack().methods(), settings.timezone(), clock, responders),
                new ApiAuth(settings.apiToken()), metrics, new StepForms(), opened.slack().methods());
    }

    /** What the engines beneath the workflows answer: the reminders' buttons, the CRM's accounts, the health check. */
    private void registerEngines(App app, SharedParts parts, ReminderViews reminders) {
        new TimelineSlack(new TimelineActions(parts.jdbi(), parts.access(), parts.zones(), clock,
                timeline::closedItemByItem), reminders, parts.responses()).register(app);
        new AccountsApi(parts.apiAuth(), new AccountImport(parts.jdbi(), clock, parts.accountChanges())).register(app);
        new HealthEndpoint(database).register(app);
        metrics.bindPool(database.pool());
        new OutboxBacklog(database.jdbi(), clock).register(metrics);
        new MetricsEndpoint(metrics, settings.metricsToken()).register(app);
    }

    private static List<TimelineStep> steps(List<Workflow> workflows) {
        return workflows.stream().flatMap(workflow -> workflow.steps().stream()).toList();
    }

    /** The DAOs prepared at start: those of the parts beneath the workflows, and each workflow's own. */
    private static Class<?>[] daos(List<Workflow> workflows) {
        return Stream.concat(SharedParts.DAOS.stream(), workflows.stream().flatMap(workflow -> workflow.daos().stream()))
                .distinct().toArray(Class<?>[]::new);
    }

    /** Starts serving and the background work (outbox delivery, the timeline, pruning); returns once bound. */
    public void start() throws Exception {
        server.start();
        if (socket != null) {
            socket.start();
        }
        work.start();
        log.info("Baton is listening on port {} with {}", server.port(), settings);
    }

    /** The Socket Mode connection, when Baton takes Slack's requests over Socket Mode. */
    public Optional<SocketModeConnection> socketMode() {
        return Optional.ofNullable(socket);
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

    /** One timeline tick with the workflows' own ticks, now, as the background runs every 30 s. */
    public void tick() {
        work.tick();
    }

    /**
     * Stops without losing work: stops accepting and lets the requests in flight finish, stops the outbox and
     * timeline loops after the delivery or step each is in and waits for them and for the responders, hands back
     * their leases so another instance takes the work at once, and closes the pool last. Answers what it drained.
     */
    public StopReport stop() {
        long started = System.nanoTime();
        work.requestStop(); // the loops wind down while the requests drain
        // the envelopes in flight finish and are acknowledged; Slack sends those not taken to another connection
        BatonServer.Drained envelopes = socket != null ? socket.stop() : new BatonServer.Drained(0, 0);
        BatonServer.Drained http = server.stop();
        BatonServer.Drained requests = new BatonServer.Drained(http.inFlight() + envelopes.inFlight(),
                http.cutOff() + envelopes.cutOff());
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
