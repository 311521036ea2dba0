package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering returns the template's own JSON when it fits Slack's limits, and the cut tree when it does not. */
class BlockKitTest {
    private static final String TEMPLATE = """
            <#-- a header over a section -->
            {
              "text": "${title}",
              "blocks": [{"type": "header", "text": {"type": "plain_text", "text": "${title}"}}]
            }
            """;

    @TempDir
    Path templates;

    private BlockKit blockKit() throws Exception {
        Files.createDirectories(templates.resolve("t"));
        Files.writeString(templates.resolve("t/header.json.ftl"), TEMPLATE);
        return new BlockKit(new Templates(templates));
    }

    @Test
    void textInsideItsLimitsIsSentAsTheTemplateWroteIt() throws Exception {
        BlockKit blockKit = blockKit();
        Map<String, String> model = Map.of("title", "Acme \"quoted\" <b>");

        String rendered = blockKit.render("t/header.json.ftl", model);
        assertThat(JsonParser.parseString(rendered)).isEqualTo(blockKit.renderTree("t/header.json.ftl", model));
        assertThat(rendered).contains("\n  \"blocks\"");

        JsonObject answer = JsonParser.parseString(blockKit.renderEphemeral("t/header.json.ftl", model)).getAsJsonObject();
        JsonObject expected = blockKit.renderTree("t/header.json.ftl", model);
        expected.addProperty("response_type", "ephemeral");
        assertThat(answer).isEqualTo(expected);
    }

    @Test
    void overLongTextIsCutInEveryForm() throws Exception {
        BlockKit blockKit = blockKit();
        Map<String, String> model = Map.of("title", "x".repeat(400));

        JsonObject tree = blockKit.renderTree("t/header.json.ftl", model);
        String header = tree.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text")
                .get("text").getAsString();
        assertThat(header).hasSize(SlackLimit.HEADER_TEXT.max()).endsWith("…");
        assertThat(JsonParser.parseString(blockKit.render("t/header.json.ftl", model))).isEqualTo(tree);

        JsonObject answer = JsonParser.parseString(blockKit.renderEphemeral("t/header.json.ftl", model)).getAsJsonObject();
        tree.addProperty("response_type", "ephemeral");
        assertThat(answer).isEqualTo(tree);
    }
}
