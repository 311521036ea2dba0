package dev.baton.render;

import freemarker.core.CommonMarkupOutputFormat;

import java.io.IOException;
import java.io.Writer;

/**
 * Output format for Block Kit templates: every interpolation lands inside a JSON string, so it is
 * JSON-escaped and Slack-mrkdwn-escaped ({@code & < >}); user text can neither break the payload nor
 * ping {@code <!channel>}.
 */
final class SlackJsonOutputFormat extends CommonMarkupOutputFormat<SlackJsonMarkup> {
    public static final SlackJsonOutputFormat INSTANCE = new SlackJsonOutputFormat();

    private SlackJsonOutputFormat() {
    }

    @Override
    public String getName() {
        return "SlackJSON";
    }

    @Override
    public String getMimeType() {
        return "application/json";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        return JsonText.escape(text, true);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected SlackJsonMarkup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new SlackJsonMarkup(plainTextContent, markupContent);
    }
}
