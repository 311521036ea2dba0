package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the renewal workflow tells people, queued in the outbox inside the change's transaction. */
final class RenewalNotifications {
    private final RenewalViews views;
    private final Set<String> leaders;

    RenewalNotifications(RenewalViews views, Set<String> leaders) {
        this.views = views;
        this.leaders = leaders;
    }

    /** The submitted assessment to the AE's manager (or the leaders), with Agree and Change rating. */
    void review(Handle handle, Account account, Cycle cycle, Assessment assessment, List<DriverRating> drivers,
                Instant now) {
        Map<String, Object> model = model(account, cycle);
        model.put("overall", assessment.overall().map(Rating::label).orElse(""));
        model.put("submittedBy", assessment.savedBy());
        model.put("summary", nonNull(assessment.summary()));
        model.put("risks", nonNull(assessment.risks()));
        model.put("missingRoleReason", nonNull(assessment.missingRoleReason()));
        model.put("drivers", RenewalCards.drivers(drivers));
        var dm = views.message("review-dm.json.ftl", model);
        for (String manager : Cycles.managers(account, leaders)) {
            Outbox.post(handle, "renewal-review:" + cycle.id() + ":" + now.toEpochMilli() + ":" + manager, manager, dm, now);
        }
    }

    /** The changed rating back to the assessor; from the second change without agreement, to the leaders too. */
    void returned(Handle handle, Account account, Cycle cycle, String by, Rating rating, String reason, Instant now) {
        Map<String, Object> model = model(account, cycle);
        model.put("by", by);
        model.put("rating", rating.label());
        model.put("reason", reason);
        String assessor = Cycles.assessor(account);
        for (String person : Cycles.people(leaders, assessor)) {
            Outbox.post(handle, "renewal-returned:" + cycle.id() + ":" + cycle.changesUnagreed() + ":" + person, person,
                    views.message("returned-dm.json.ftl", model), now);
        }
        if (cycle.changesUnagreed() >= 2) {
            model.put("changes", cycle.changesUnagreed());
            model.put("assessor", assessor == null ? "" : assessor);
            for (String leader : leaders) {
                Outbox.post(handle, "renewal-unagreed:" + cycle.id() + ":" + cycle.changesUnagreed() + ":" + leader,
                        leader, views.message("changes-unagreed.json.ftl", model), now);
            }
        }
    }

    /** The rating stands: the assessor and the AE are told what comes next, and the AE is asked for the forecast. */
    void agreed(Handle handle, Account account, Cycle cycle, Instant now) {
        Rating rating = cycle.agreedRating().orElseThrow();
        Map<String, Object> model = model(account, cycle);
        model.put("by", cycle.ratingAgreedBy());
        model.put("rating", rating.label());
        model.put("emoji", rating.emoji());
        model.put("next", rating.code());
        String key = cycle.id() + ":" + cycle.ratingAgreedAt().toEpochMilli();
        for (String person : Cycles.people(leaders, Cycles.assessor(account), account.ae())) {
            Outbox.post(handle, "renewal-agreed:" + key + ":" + person, person, views.message("agreed-dm.json.ftl", model),
                    now);
        }
        if (cycle.forecastDue()) {
            for (String ae : Cycles.people(leaders, account.ae())) {
                Outbox.post(handle, "renewal-forecast-ask:" + key + ":" + ae, ae,
                        views.message("forecast-ask.json.ftl", model), now);
            }
        }
    }

    /** A red rating nominated the account for Lighthouse: every leader is told at once. */
    void nominated(Handle handle, Account account, Cycle cycle, String summary, Instant now) {
        Map<String, Object> model = model(account, cycle);
        model.put("by", cycle.ratingAgreedBy());
        model.put("arr", account.arrCents() == null ? "" : RenewalRow.dollars(account.arrCents()));
        model.put("summary", nonNull(summary));
        for (String leader : leaders) {
            Outbox.post(handle, "renewal-lighthouse:" + cycle.id() + ":" + leader, leader,
                    views.message("lighthouse-nominated.json.ftl", model), now);
        }
    }

    /** Each weekly check-in to the AE's manager (or the leaders). */
    void checkedIn(Handle handle, Account account, Cycle cycle, CheckIn checkIn, Instant now) {
        Map<String, Object> model = model(account, cycle);
        model.put("checkIn", checkIn);
        model.put("trend", checkIn.trendLabel());
        model.put("rating", cycle.agreedRating().map(Rating::label).orElse(""));
        for (String manager : Cycles.managers(account, leaders)) {
            Outbox.post(handle, "renewal-check-in:" + checkIn.id() + ":" + manager, manager,
                    views.message("check-in-dm.json.ftl", model), now);
        }
    }

    private static Map<String, Object> model(Account account, Cycle cycle) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("cycle", cycle);
        return model;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
