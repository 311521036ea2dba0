package dev.baton.render;

/**
 * {@code plain(x)} in Block Kit templates: JSON escaping only, for {@code plain_text} objects and
 * input values, where Slack shows entities literally and a mrkdwn escape would corrupt what users typed.
 */
final class PlainJsonText extends TextFunction {
    PlainJsonText() {
        super("plain(x)");
    }

    @Override
    String markup(String text) {
        return JsonText.escape(text, false);
    }
}
