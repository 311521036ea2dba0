package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit in the table, at its limit and one over, each in a payload written here by hand (not found by the
 * renderer's own walk): the template check reports it, the renderer cuts a text to it, and the fit check never
 * calls a text over it certain to fit. A limit added to the table without a sample here does not compile.
 */
class SlackLimitTest {
    private static final String MODAL = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"T\"},";

    /** A payload whose one value bounded by {@code limit} is {@code size} long (or counts {@code size}). */
    private static String sample(SlackLimit limit, int size) {
        String x = "y".repeat(size);
        String blocks = String.join(",", Collections.nCopies(size, "{\"type\":\"divider\"}"));
        return switch (limit) {
            case MESSAGE_BLOCKS -> "{\"blocks\":[" + blocks + "]}";
            case VIEW_BLOCKS -> MODAL + "\"blocks\":[" + blocks + "]}";
            case MESSAGE_TEXT -> "{\"text\":\"" + x + "\"}";
            case SECTION_TEXT -> block("{\"type\":\"section\",\"text\":" + mrkdwn(x) + "}");
            case SECTION_FIELD -> block("{\"type\":\"section\",\"fields\":[" + mrkdwn(x) + "]}");
            case CONTEXT_ELEMENT -> block("{\"type\":\"context\",\"elements\":[" + mrkdwn(x) + "]}");
            case HEADER_TEXT -> block("{\"type\":\"header\",\"text\":" + plain(x) + "}");
            case BUTTON_TEXT -> block("{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":" + plain(x)
                    + ",\"action_id\":\"a\"}]}");
            case OPTION_TEXT -> overflow("{\"text\":" + plain(x) + ",\"value\":\"v\"}");
            case OPTION_DESCRIPTION -> overflow("{\"text\":" + plain("o") + ",\"description\":" + plain(x)
                    + ",\"value\":\"v\"}");
            case INPUT_LABEL -> MODAL + "\"blocks\":[" + input("\"label\":" + plain(x), "") + "]}";
            case INPUT_HINT -> MODAL + "\"blocks\":[" + input("\"label\":" + plain("L") + ",\"hint\":" + plain(x), "")
                    + "]}";
            case INPUT_INITIAL_VALUE -> MODAL + "\"blocks\":[" + input("\"label\":" + plain("L"),
                    ",\"initial_value\":\"" + x + "\"") + "]}";
            case VIEW_TITLE -> "{\"type\":\"modal\",\"title\":" + plain(x) + "}";
            case VIEW_SUBMIT -> MODAL + "\"submit\":" + plain(x) + "}";
            case VIEW_CLOSE -> MODAL + "\"close\":" + plain(x) + "}";
            case ID -> block("{\"type\":\"divider\",\"block_id\":\"" + x + "\"}");
            case PRIVATE_METADATA -> MODAL + "\"private_metadata\":\"" + x + "\"}";
        };
    }

    @ParameterizedTest
    @EnumSource(SlackLimit.class)
    void atItsLimitNothingIsReportedOrCut(SlackLimit limit) {
        JsonObject tree = tree(sample(limit, limit.max()));

        assertThat(BlockKitLimits.violations(tree)).isEmpty();
        assertThat(TextLimits.enforce(tree)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SlackLimit.class)
    void oneOverItsLimitIsReportedAndATextIsCutToIt(SlackLimit limit) {
        String over = sample(limit, limit.max() + 1);
        JsonObject tree = tree(over);

        assertThat(BlockKitLimits.violations(tree)).anySatisfy(v -> assertThat(v).startsWith(limit.what()));
        if (limit.kind() == SlackLimit.Kind.TEXT || limit.kind() == SlackLimit.Kind.VIEW_TEXT) {
            assertThat(TextLimits.enforce(tree)).isTrue();
            assertThat(tree.toString()).contains("y".repeat(limit.max() - 1) + "…").doesNotContain("y".repeat(limit.max()));
            assertThat(BlockKitLimits.violations(tree)).isEmpty();
        }
        if (limit.kind() == SlackLimit.Kind.TEXT) {
            assertThat(MessageFit.certainlyFits(over)).isFalse();
        }
    }

    private static JsonObject tree(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static String block(String block) {
        return "{\"blocks\":[" + block + "]}";
    }

    private static String overflow(String option) {
        return block("{\"type\":\"section\",\"text\":" + mrkdwn("s") + ",\"accessory\":{\"type\":\"overflow\","
                + "\"action_id\":\"o\",\"options\":[" + option + "]}}");
    }

    private static String input(String texts, String initialValue) {
        return "{\"type\":\"input\"," + texts + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"i\""
                + initialValue + "}}";
    }

    private static String mrkdwn(String text) {
        return "{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}";
    }

    private static String plain(String text) {
        return "{\"type\":\"plain_text\",\"text\":\"" + text + "\"}";
    }
}
