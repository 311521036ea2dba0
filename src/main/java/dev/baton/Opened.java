package dev.baton;

import dev.baton.config.Settings;
import dev.baton.render.Templates;
import dev.baton.slack.SlackApp;
import dev.baton.store.Database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** What start-up opens before anything is built on it: the database, the Bolt app with its Slack client, the templates. */
record Opened(Database database, SlackApp slack, Templates templates) {
    /** Runs start-up work on a thread of its own. */
    private static final Executor BATON_START = work -> BackgroundWork.daemon("baton-start").newThread(work).start();

    /**
     * Opens the database (pool and Flyway) on its own thread while Bolt, the Slack client and the templates load on
     * this one: both are mostly class loading, and start-up time is a goal (issue 2).
     */
    static Opened open(Settings settings) {
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(settings.databaseUrl(),
                settings.databaseUser(), settings.databasePassword()), BATON_START);
        SlackApp slack;
        Templates templates;
        try {
            slack = SlackApp.create(settings.slackApiUrl(), settings.slackBotToken(), settings.slackSigningSecret());
            templates = new Templates(settings.templatesDir());
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        return new Opened(joinUnwrapped(opening), slack, templates);
    }

    /** Waits for start-up work done on another thread, rethrowing its own exception rather than a wrapper. */
    private static <T> T joinUnwrapped(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
