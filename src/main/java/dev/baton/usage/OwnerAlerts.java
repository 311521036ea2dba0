package dev.baton.usage;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.account.AlertSettings;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.outbox.SlackPost;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Usage alerts DM'd to the account's owners (AE, CE, TA, Expand AE) who asked for them in App Home, besides the
 * channel post: queued in the outbox in the transaction of the alert, one per alert and owner (the dedupe key), so
 * each owner gets it exactly once, held until the owner's quiet hours end. {@code red} means only while the
 * account's health band is red.
 */
final class OwnerAlerts {
    /** The name first-use DMs are queued under, rendered by {@link #firstUseMessage}. */
    static final String FIRST_USE_DM_RENDER = "usage-first-use-dm";

    private final UsageViews views;
    private final BiFunction<String, Instant, Instant> awake;

    /** {@code awake}: when a DM may reach a person, given the time it is queued (their quiet hours). */
    OwnerAlerts(UsageViews views, BiFunction<String, Instant, Instant> awake) {
        this.views = views;
        this.awake = awake;
    }

    /**
     * The DMs of a batch of first uses (their alert ids in {@code ids}, in order). Queued by reference, as the
     * channel posts are; nothing is read when nobody asked for first-use DMs.
     */
    void firstUses(Handle handle, List<FirstUse> uses, List<Long> ids, Instant now) {
        AlertSettings.Recipients recipients = AlertSettings.recipients(handle, AlertSettings.FIRST_USE);
        if (recipients.nobody()) {
            return;
        }
        long[] accountIds = uses.stream().mapToLong(FirstUse::accountId).distinct().toArray();
        Map<Long, Account> accounts = handle.attach(AccountDao.class).findByIds(accountIds).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        Map<Long, Set<String>> owners = recipients.of(accounts.values());
        Map<String, List<SlackPost>> dms = new LinkedHashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            long alertId = ids.get(i);
            for (String owner : owners.getOrDefault(uses.get(i).accountId(), Set.of())) {
                dms.computeIfAbsent(owner, o -> new ArrayList<>()).add(new SlackPost(dedupeKey(alertId, owner), owner,
                        null, SendTimeRenders.reference(FIRST_USE_DM_RENDER, alertId + ":" + recipients.choiceOf(owner))));
            }
        }
        Outbox.Poster poster = Outbox.poster(handle);
        dms.forEach((owner, posts) -> poster.postAllAt(posts, awake.apply(owner, now), now));
    }

    /** The DMs of one seat alert, rendered now (one alert, a handful of owners). */
    void seats(Handle handle, Account account, UsageAlert alert, Instant now) {
        AlertSettings.Recipients recipients = AlertSettings.recipients(handle, AlertSettings.SEAT_STATE);
        if (recipients.nobody()) {
            return;
        }
        for (String owner : recipients.of(List.of(account)).getOrDefault(account.id(), Set.of())) {
            Outbox.postAt(handle, dedupeKey(alert.id(), owner), owner, null,
                    views.ownerAlert(alert, account, recipients.choiceOf(owner)), awake.apply(owner, now), now);
        }
    }

    /** A first-use DM as it stands when sent ({@code ref}: alert id and the owner's choice); empty when gone. */
    Optional<JsonObject> firstUseMessage(Handle handle, String ref) {
        int colon = ref.indexOf(':');
        long alertId = Long.parseLong(ref.substring(0, colon));
        String choice = ref.substring(colon + 1);
        return handle.attach(UsageDao.class).alert(alertId).flatMap(alert -> handle.attach(AccountDao.class)
                .findById(alert.accountId()).map(account -> views.ownerAlert(alert, account, choice)));
    }

    private static String dedupeKey(long alertId, String owner) {
        return "usage-owner-dm:" + alertId + ":" + owner;
    }
}
