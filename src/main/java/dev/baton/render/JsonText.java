package dev.baton.render;

/** Escapes text for the inside of a JSON string, optionally also for Slack mrkdwn. */
final class JsonText {
    private JsonText() {
    }

    /**
     * JSON-escapes {@code text}; with {@code mrkdwn} also turns {@code & < >} into entities, which is
     * what Slack requires of text in mrkdwn fields and what keeps {@code <!channel>} from pinging.
     */
    public static String escape(String text, boolean mrkdwn) {
        int first = firstToEscape(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
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

    /** Where the first character that needs escaping is; the length when none does (most names and emails). */
    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '&' || c == '<' || c == '>' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }
}
