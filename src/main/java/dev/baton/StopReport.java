package dev.baton;

import dev.baton.slack.BatonServer;

import java.time.Duration;

/**
 * What a graceful stop drained, as the one line Baton logs once it has stopped: the requests that were in flight
 * (and any cut off when the drain ran out), the leases handed back (null for a loop that was still running, whose
 * leases lapse by themselves), and how long it took.
 */
record StopReport(int requestsInFlight, int requestsCutOff, Integer outboxLeases, Integer timelineClaims,
                  Duration took) {

    String line() {
        int drained = requestsInFlight - requestsCutOff;
        StringBuilder line = new StringBuilder("Baton stopped: drained ")
                .append(requestsCutOff == 0 ? count(drained, "request") : drained + " of " + count(requestsInFlight, "request"))
                .append(" in flight");
        if (requestsCutOff > 0) {
            line.append(" (").append(requestsCutOff).append(" cut off after ").append(BatonServer.DRAIN.toSeconds())
                    .append(" s)");
        }
        line.append(", released ").append(released(outboxLeases, "outbox lease", "a delivery"))
                .append(" and ").append(released(timelineClaims, "timeline claim", "a step"));
        return line.append(" in ").append(took.toMillis()).append(" ms").toString();
    }

    private static String released(Integer n, String thing, String running) {
        return n == null ? "no " + thing + "s (" + running + " was still running; they lapse by themselves)" : count(n, thing);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
