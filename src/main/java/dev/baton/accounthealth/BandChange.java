package dev.baton.accounthealth;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change of an account's band, told to its AE and TA by DM through the outbox in the recompute's transaction
 * (so once), each as their {@code band-change} preference says: {@code all} (no row), {@code red} (only changes
 * into or out of red) or {@code none}; audited whether or not anyone was told.
 */
final class BandChange {
    static final String ALERT = "band-change";
    private final BlockKit blockKit;

    BandChange(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** A component's value before and after (either null when it had no input). */
    record Moved(String component, Integer before, Integer after) {
        /** For the template (which reads maps, not this package's records). */
        Map<String, Object> asMap() {
            Map<String, Object> map = new HashMap<>();
            map.put("component", component);
            map.put("before", before);
            map.put("after", after);
            return map;
        }
    }

    void tell(Handle handle, Account account, Optional<StoredHealth> before, HealthScore after, Instant now) {
        String was = before.map(StoredHealth::band).orElse(null);
        if (was == null || after.band() == null || was.equals(after.band())) {
            return; // a first score, or one without inputs, is no change of band
        }
        List<Moved> moved = moved(before.get().componentMap(), after);
        Map<String, Object> model = model(account, before.get(), after, moved);
        HealthReadDao read = handle.attach(HealthReadDao.class);
        boolean red = "red".equals(was) || "red".equals(after.band());
        List<String> told = new ArrayList<>();
        for (String person : owners(account)) {
            String choice = read.alertChoice(person, ALERT).orElse("all");
            if ("all".equals(choice) || "red".equals(choice) && red) {
                JsonObject message = blockKit.renderTree("health/band-change-dm.json.ftl", model);
                Outbox.post(handle, "health-band:" + account.id() + ":" + now.toEpochMilli() + ":" + person, person,
                        message, now);
                told.add(person);
            }
        }
        Map<String, Object> audited = new HashMap<>();
        audited.put("band", after.band());
        audited.put("score", after.score());
        audited.put("moved", moved.stream().map(Moved::asMap).toList());
        audited.put("told", told);
        Audit.record(handle, now, "baton", account.id(), "health.band-changed",
                Map.of("band", was, "score", before.get().score()), audited);
    }

    /** The DM's model: the account, the bands and scores before and after, what moved and what is missing. */
    static Map<String, Object> model(Account account, StoredHealth before, HealthScore after, List<Moved> moved) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("before", before.band());
        model.put("after", after.band());
        model.put("beforeScore", before.score());
        model.put("score", after.score());
        model.put("moved", moved.stream().map(Moved::asMap).toList());
        model.put("missing", after.missing().stream().map(Component::key).toList());
        return model;
    }

    private static Set<String> owners(Account account) {
        Set<String> people = new LinkedHashSet<>();
        if (account.ae() != null) {
            people.add(account.ae());
        }
        if (account.ta() != null) {
            people.add(account.ta());
        }
        return people;
    }

    static List<Moved> moved(Map<String, Integer> before, HealthScore after) {
        List<Moved> moved = new ArrayList<>();
        for (Component component : Component.values()) {
            Integer was = before.get(component.key());
            Integer now = after.components().get(component);
            if (!Objects.equals(was, now)) {
                moved.add(new Moved(component.key(), was, now));
            }
        }
        return moved;
    }
}
