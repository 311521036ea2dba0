package dev.baton.workflow;

import com.slack.api.bolt.App;
import dev.baton.timeline.TimelineStep;

import java.util.List;

/**
 * One of Baton's workflows (roles, handoff, churn, usage, home, ...), built from the {@link SharedParts}: what it
 * puts on every account's timeline, what it answers in Slack and on {@code /api/*}, the DAOs it attaches, and any
 * work of its own it does on a clock (its {@link #tick}).
 * Baton asks every workflow for its steps before it builds the timeline and registers them only after, since
 * the timeline is made of the steps of all of them.
 */
public interface Workflow {
    /** The workflow's steps on every account's timeline; none by default. */
    default List<TimelineStep> steps() {
        return List.of();
    }

    /** The JDBI SqlObject types the workflow attaches, prepared in the background at start. */
    List<Class<?>> daos();

    /**
     * Work the workflow does on the clock rather than per account (a weekly digest, say), called on every timeline
     * tick (every 30 s, on every instance): it decides whether anything is due and claims it in the database, so
     * one instance acts. Nothing by default.
     */
    default void tick() {
    }

    /**
     * Work that must not wait for the tick (App Home's refreshes), called every second on every instance; like the
     * tick, it claims what it does in the database. Nothing by default.
     */
    default void poll() {
    }

    /** At a stop, once the ticks and polls have ended: hands back the work this instance still claims. */
    default void releaseClaims() {
    }

    /** Registers the workflow's Slack commands, shortcuts, actions, views and events, and its HTTP endpoints. */
    void register(App app);
}
