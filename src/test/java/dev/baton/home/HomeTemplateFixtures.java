package dev.baton.home;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.HealthOverviewFixture;
import dev.baton.outbox.DeadLetter;
import dev.baton.render.BlockKit;
import dev.baton.timeline.QuietHours;
import dev.baton.timeline.StepForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Hostile fixtures for App Home's templates, for TemplatesTest: the fullest home there is (a leader's, every section
 * on a middle page), so its blocks stay within Slack's limits (100 blocks) whatever the text.
 */
public final class HomeTemplateFixtures {
    private HomeTemplateFixtures() {
    }

    public static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, String text) {
        fixtures.put("home/home.json.ftl", () -> JsonParser.parseString(new HomeViews(blockKit).home(fullest(text),
                ZoneId.of("Europe/London"))).getAsJsonObject());
    }

    static LeadersSection.Shown leaders(String text) {
        List<LeadersSection.Person> team = IntStream.range(0, LeadersSection.TEAM_SHOWN).mapToObj(i ->
                new LeadersSection.Person(i % 2 == 0 ? "UAE" + i : text, 500, 123, 45)).toList();
        List<LeaderRows.Muted> mutes = IntStream.range(0, LeadersSection.MUTES_SHOWN).mapToObj(i -> new LeaderRows.Muted(
                i % 2 == 0 ? "account" : "feature", text.substring(0, 200), text, Instant.EPOCH, i % 4 == 0 ? text : null))
                .toList();
        return new LeadersSection.Shown(team, Map.of("green", 1, "yellow", 2, "red", 3, "none", 4),
                HealthOverviewFixture.fullest(text), mutes, Instant.EPOCH);
    }

    static HomeTab fullest(String text) {
        // every kind, the timeline steps with two forms of the longest id and label Slack allows
        TodayItem.Kind[] kinds = TodayItem.Kind.values();
        List<StepForm> forms = List.of(new StepForm("f".repeat(255), text.substring(0, 24), "v".repeat(2000)),
                new StepForm("g".repeat(255), text.substring(0, 24), "w".repeat(2000)));
        List<TodayItem> today = IntStream.range(0, TodaySection.PAGE_SIZE).mapToObj(i -> {
            TodayItem.Kind kind = kinds[i % kinds.length];
            boolean step = kind == TodayItem.Kind.TIMELINE;
            return new TodayItem(kind, 12345678900L + i, 7, text, text, Instant.EPOCH, i % 3 == 0,
                    step ? forms : List.of(), !step || i % 2 == 0);
        }).toList();
        List<MyAccount> accounts = IntStream.range(0, AccountsSection.PAGE_SIZE).mapToObj(i -> new MyAccount(i, text,
                text, "UAE1", "UAE1", "UAE1", "UAE1", LocalDate.of(2027, 1, 4), Instant.EPOCH, 40 + i,
                i % 3 == 0 ? "red" : i % 3 == 1 ? "yellow" : "green", 50, text.substring(0, 8), 3, text, "UAE1"))
                .toList();
        List<DeadLetter> dead = IntStream.range(0, HomeService.DEAD_LETTERS_SHOWN).mapToObj(i -> new DeadLetter(i, text,
                8, text, text, Instant.EPOCH)).toList();
        return new HomeTab("UAE1", new HomeState(HomeState.Sort.RENEWAL, 1, 1),
                new Page<>(today, 1, TodaySection.PAGE_SIZE, 500), new Page<>(accounts, 1, AccountsSection.PAGE_SIZE, 500),
                new MySettings.Shown(Map.of("first-use", "red", "seat-state", "all", "band-change", "none"),
                        QuietHours.ofMinutes(24 * 60, 7 * 60, false), true), true, leaders(text), dead);
    }
}
