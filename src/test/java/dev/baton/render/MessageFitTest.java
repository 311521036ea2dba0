package dev.baton.render;

import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import dev.baton.account.Roles;
import dev.baton.roles.RolesCard;
import dev.baton.roles.RolesViews;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming fit check may say "not certainly" too often, but never "fits" for a message Slack would cut. */
class MessageFitTest {

    @Test
    void aRolesCardWithOrdinaryContactsIsCertainToFit() {
        RolesViews views = new RolesViews(new BlockKit(new Templates(Path.of("templates"))));
        Account account = TemplatesTest.account("Acme Corporation");
        List<Contact> contacts = IntStream.rangeClosed(1, 5).mapToObj(i -> new Contact(i, 7, "Contact " + i,
                "VP Engineering", "c" + i + "@acme.com", Roles.of(Set.of(Role.values()[i % 7])), i == 2)).toList();
        String answer = views.cardAnswer(new RolesCard(account, contacts, RoleCoverage.of(contacts), null), true);

        assertThat(MessageFit.certainlyFits(answer)).isTrue();
    }

    @Test
    void textOverTheSmallestLimitItCouldHaveIsNotCertain() {
        int section = SlackLimit.SECTION_TEXT.max();
        int smallest = SlackLimit.smallestMessageText();
        assertThat(MessageFit.certainlyFits(section("x".repeat(section)))).isTrue();
        assertThat(MessageFit.certainlyFits(section("x".repeat(section + 1)))).isFalse();
        assertThat(MessageFit.certainlyFits(button("x".repeat(smallest)))).isTrue();
        assertThat(MessageFit.certainlyFits(button("x".repeat(smallest + 1)))).isFalse();
        // a header holds more than a button, but the check only knows the smallest limit there: it defers to the tree
        assertThat(SlackLimit.HEADER_TEXT.max()).isGreaterThan(smallest + 1);
        assertThat(MessageFit.certainlyFits(header("x".repeat(smallest + 1)))).isFalse();
        // the block's type after its text: the text's place is unknown when it is read
        assertThat(MessageFit.certainlyFits("{\"blocks\":[{\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(smallest + 1)
                + "\"},\"type\":\"section\"}]}")).isFalse();
        assertThat(MessageFit.certainlyFits("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Hi\"}}")).isFalse();
        assertThat(MessageFit.certainlyFits("{\"blocks\":[")).isFalse();
    }

    @Test
    void anEscapeCountsAsTheOneCharacterItStandsFor() {
        int section = SlackLimit.SECTION_TEXT.max();
        int smallest = SlackLimit.smallestMessageText();
        assertThat(MessageFit.certainlyFits(section("\\n\\\"\\u00e9\\\\".repeat(section / 4)))).isTrue();
        assertThat(MessageFit.certainlyFits(section("\\n\\\"\\u00e9\\\\".repeat(section / 4) + "x"))).isFalse();
        assertThat(MessageFit.certainlyFits(button("\\ud83d\\ude00".repeat(smallest / 2) + "x"))).isTrue();
        assertThat(MessageFit.certainlyFits(button("\\ud83d\\ude00".repeat(smallest / 2 + 1)))).isFalse();
        // an escaped "type" might spell a view: not certain
        assertThat(MessageFit.certainlyFits("{\"type\":\"mod\\u0061l\"}")).isFalse();
    }

    @Test
    void textThatIsNotStrictJsonIsNeverCertain() {
        for (String broken : List.of("", "{", "{\"text\":\"a\"", "{\"text\":\"a\"} x", "{\"a\":tru}", "{\"a\":01}",
                "{\"a\":1.}", "{\"a\":-}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"\\u\uff11234\"}", "{\"a\":\"tab\tin\"}", "{a:1}",
                "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "[".repeat(100) + "]".repeat(100))) {
            assertThat(MessageFit.certainlyFits(broken)).as(broken).isFalse();
        }
        assertThat(MessageFit.certainlyFits(" {\"a\":[true,false,null,-0.5e+3,10,{}],\"b\":[]} \n")).isTrue();
    }

    @Test
    void whatItCallsCertainTheLimitsNeverCut() {
        Random random = new Random(7);
        int certain = 0;
        for (int i = 0; i < 2_000; i++) {
            String message = randomMessage(random);
            if (MessageFit.certainlyFits(message)) {
                certain++;
                assertThat(TextLimits.enforce(JsonParser.parseString(message).getAsJsonObject()))
                        .as(message).isFalse();
            }
        }
        assertThat(certain).isBetween(100, 1_900);
    }

    private static String randomMessage(Random random) {
        String fallback = text(random, over(SlackLimit.MESSAGE_TEXT));
        return "{\"text\":\"" + fallback + "\",\"blocks\":[" + String.join(",", List.of(
                section(text(random, over(SlackLimit.SECTION_TEXT))).replaceAll("^\\{\"blocks\":\\[|]}$", ""),
                header(text(random, over(SlackLimit.HEADER_TEXT))).replaceAll("^\\{\"blocks\":\\[|]}$", ""),
                button(text(random, over(SlackLimit.BUTTON_TEXT))).replaceAll("^\\{\"blocks\":\\[|]}$", ""),
                "{\"type\":\"section\",\"fields\":[{\"type\":\"mrkdwn\",\"text\":\""
                        + text(random, over(SlackLimit.SECTION_FIELD)) + "\"}]}",
                "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\""
                        + text(random, over(SlackLimit.CONTEXT_ELEMENT)) + "\"}]}",
                "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"a\"},\"accessory\":{\"type\":\"overflow\","
                        + "\"options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\""
                        + text(random, over(SlackLimit.OPTION_TEXT)) + "\"},\"description\":{\"type\":\"plain_text\",\"text\":\""
                        + text(random, over(SlackLimit.OPTION_DESCRIPTION)) + "\"},\"value\":\"v\"}]}}"))
                + "]}";
    }

    /** A length that may reach a little over the limit. */
    private static int over(SlackLimit limit) {
        return limit.max() + Math.max(2, limit.max() / 20);
    }

    /** Mostly short, sometimes near or over a limit; some characters written as JSON escapes. */
    private static String text(Random random, int max) {
        int length = random.nextInt(4) == 0 ? random.nextInt(max) : random.nextInt(Math.min(max, 60));
        StringBuilder text = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(10) > 0 ? "y" : List.of("\\n", "\\\"", "\\u00e9", "\\\\").get(random.nextInt(4)));
        }
        return text.toString();
    }

    private static String section(String text) {
        return "{\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}}]}";
    }

    private static String header(String text) {
        return "{\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + text + "\"}}]}";
    }

    private static String button(String text) {
        return "{\"blocks\":[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"" + text + "\"},\"value\":\"1\"}]}]}";
    }

}
