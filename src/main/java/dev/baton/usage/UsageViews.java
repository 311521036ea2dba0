package dev.baton.usage;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns usage alerts into Block Kit through the templates under {@code templates/usage/}. */
public final class UsageViews {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final BlockKit blockKit;
    private final ZoneId zone;

    public UsageViews(BlockKit blockKit, ZoneId zone) {
        this.blockKit = blockKit;
        this.zone = zone;
    }

    /** The alert as it stands: first use or seat utilisation, with who acknowledged or snoozed it. */
    public JsonObject alert(UsageAlert alert, Account account, Mutes mutes) {
        return alert(alert, account, mutes, null);
    }

    /** The alert as DM'd to an owner who chose {@code choice} ({@code all} or {@code red}) for it in App Home. */
    JsonObject ownerAlert(UsageAlert alert, Account account, String choice) {
        return alert(alert, account, new Mutes(List.of()), choice);
    }

    private JsonObject alert(UsageAlert alert, Account account, Mutes mutes, String ownerChoice) {
        Map<String, Object> model = new HashMap<>();
        if (ownerChoice != null) {
            model.put("ownerDm", ownerChoice);
        }
        model.put("alert", alert);
        model.put("account", account);
        model.put("happened", alert.firstUse() ? when(alert.happenedAt()) : day(alert.happenedAt()));
        model.put("percent", alert.utilisationPercent());
        model.put("featureMuted", mutes.featureMuted(alert.featureKey()));
        model.put("accountMuted", mutes.accountMuted(alert.accountId()));
        if (alert.acknowledgedBy() != null) {
            model.put("acknowledged", when(alert.acknowledgedAt()));
        }
        if (alert.snoozedUntil() != null) {
            model.put("snoozedUntil", day(alert.snoozedUntil()));
        }
        return blockKit.renderTree(alert.firstUse() ? "usage/first-use.json.ftl" : "usage/seat-alert.json.ftl", model);
    }

    /** The thread note when an account's seat utilisation is healthy again. */
    public JsonObject backToHealthy(Account account, int activeUsers, int seatsPurchased, Instant asOf) {
        return blockKit.renderTree("usage/back-to-healthy.json.ftl", Map.of("account", account,
                "activeUsers", activeUsers, "seatsPurchased", seatsPurchased,
                "percent", (int) Math.round(100.0 * activeUsers / Math.max(1, seatsPurchased)), "asOf", day(asOf)));
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }

    String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }
}
