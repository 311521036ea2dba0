package dev.baton.home;

import com.google.gson.JsonObject;
import dev.baton.render.BlockKit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Renders the App Home tab and its notices from {@code templates/home/}. */
final class HomeViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final BlockKit blockKit;

    HomeViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** The tab as a {@code views.publish} view, the dates in the person's zone. */
    String home(HomeTab tab, ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("userId", tab.userId());
        model.put("metadata", tab.state().encode());
        model.put("sort", tab.state().sort().name().toLowerCase(Locale.ROOT));
        model.put("today", pager(tab.today()));
        model.put("todayItems", tab.today().rows().stream().map(item -> today(item, zone)).toList());
        model.put("accounts", pager(tab.accounts()));
        model.put("accountRows", tab.accounts().rows().stream().map(account -> account(account, tab.userId())).toList());
        model.put("settings", settings(tab.settings()));
        model.put("leader", tab.leader());
        if (tab.leaders() != null) {
            model.put("team", tab.leaders().team().stream().map(p -> Map.of("person", p.person(), "accounts",
                    p.accounts(), "overdue", p.overdue(), "reds", p.reds())).toList());
            model.put("bands", tab.leaders().bands());
            if (tab.leaders().overview() != null) {
                model.put("overview", tab.leaders().overview().model());
            }
            if (tab.leaders().countedAt() != null) {
                model.put("countedAt", TIME.format(tab.leaders().countedAt().atZone(zone)));
            }
            model.put("mutes", tab.leaders().mutes().stream().map(HomeViews::mute).toList());
        }
        model.put("deadLetters", tab.deadLetters());
        return blockKit.render("home/home.json.ftl", model);
    }

    JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }

    private static Map<String, Object> settings(MySettings.Shown shown) {
        List<Integer> evenings = IntStream.rangeClosed(MySettings.FIRST_EVENING_HOUR, 24).boxed().toList();
        List<Integer> mornings = IntStream.rangeClosed(5, MySettings.LAST_MORNING_HOUR).boxed().toList();
        return Map.of("alerts", shown.alerts(), "from", shown.quiet().fromMinute() / 60,
                "until", shown.quiet().untilMinute() / 60, "weekends", shown.quiet().weekendsQuiet(),
                "own", shown.ownHours(), "evenings", evenings, "mornings", mornings);
    }

    private static Map<String, Object> mute(LeaderRows.Muted muted) {
        boolean account = "account".equals(muted.subjectKind());
        return Map.of("kind", muted.subjectKind(), "label", account && muted.accountName() != null
                ? muted.accountName() : muted.subject(), "value", muted.subjectKind() + ":" + muted.subject(),
                "by", muted.mutedBy());
    }

    /** A page's place for the template's pager: which page of how many, and the pages before and after. */
    private static Map<String, Object> pager(Page<?> page) {
        return Map.of("total", page.total(), "number", page.number() + 1, "pages", page.pages(),
                "hasPrevious", page.hasPrevious(), "hasNext", page.hasNext(),
                "previous", page.number() - 1, "next", page.number() + 1);
    }

    private static Map<String, Object> today(TodayItem item, ZoneId zone) {
        List<Map<String, String>> forms = item.forms().stream().map(form -> Map.of("action", form.actionId(),
                "label", form.label(), "value", form.value())).toList();
        return Map.of("kind", item.kind().name, "id", item.id(), "label", item.label(),
                "account", item.accountName(), "overdue", item.overdue(), "day", DAY.format(item.dueAt().atZone(zone)),
                "forms", forms, "withDone", item.withDone());
    }

    private static Map<String, Object> account(MyAccount a, String userId) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", a.name());
        row.put("roles", String.join(", ", a.rolesOf(userId)));
        row.put("score", a.score() == null ? "" : a.score().toString());
        row.put("band", a.band() == null ? "" : a.band());
        row.put("trend", a.trend());
        row.put("renewal", a.renewalDate() == null ? "" : DAY.format(a.renewalDate()) + " " + a.renewalDate().getYear());
        row.put("rating", a.rating() == null ? "" : a.rating());
        row.put("handoff", a.handoffDone() == null ? "" : a.handoffDone() + "/" + MyAccount.HANDOFF_STEPS);
        row.put("covered", a.rolesCoveredAt() != null);
        row.put("lighthouse", a.lighthouse() == null ? "" : a.lighthouse());
        return row;
    }

}
