package dev.baton.render;

/** Escapes text for the inside of a JSON string, optionally also for Slack mrkdwn. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * JSON-escapes {@code text}; with {@code mrkdwn} also turns {@code & < >} into entities, which is
     * what Slack requires of text in mrkdwn fields and what keeps {@code <!channel>} from pinging.
     */
    public static String escape(String text, boolean mrkdwn) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '&' -> out.append(mrkdwn ? "&amp;" : "&");
                case '<' -> out.append(mrkdwn ? "&lt;" : "\\u003c");
                case '>' -> out.append(mrkdwn ? "&gt;" : "\\u003e");
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
