package dev.baton.render;

/**
 * Says, in one pass over the rendered text and without building a tree, whether a Block Kit message certainly
 * fits Slack's text limits ({@link SlackLimit}), so it can be sent as the template wrote it. It is conservative:
 * every text gets the smallest limit {@link TextLimits} could give any text in a message (that of a button or an
 * option) unless it is a section's text, a section field, a context element, a plain-text input's initial value
 * or the message's fallback text, as told by the {@code type} of its block seen before it. Anything it cannot
 * place, a view ({@code modal}, {@code home}) or text that is not strict JSON answers "not certainly": then the
 * tree is parsed and cut as before. It reads the characters itself and only counts a text's length, because
 * building a tree, or even a string per key and value, showed in the cost of every card (see
 * {@code docs/performance.md}).
 */
final class MessageFit {
    private static final int SMALLEST = SlackLimit.smallestMessageText();
    private static final int MAX_DEPTH = 64;
    private static final String[] WORDS = {"true", "false", "null"};

    private enum Key { TYPE, TEXT, INITIAL_VALUE, FIELDS, ELEMENTS, OTHER, NONE }

    /** An object or array being read: the key it hangs by in its parent, and its type once seen. */
    private static final class Frame {
        Key key;
        boolean array;
        String type;
    }

    private final String json;
    private final Frame[] open = new Frame[MAX_DEPTH];
    private int depth;
    private int at;

    private MessageFit(String json) {
        this.json = json;
    }

    static boolean certainlyFits(String json) {
        MessageFit fit = new MessageFit(json);
        try {
            if (!fit.value(Key.NONE)) {
                return false;
            }
            fit.skipSpace();
            return fit.at == json.length();
        } catch (Unreadable | IndexOutOfBoundsException unreadable) {
            return false;
        }
    }

    /** Reads one value hanging by {@code key}; false as soon as a text might be over its limit. */
    private boolean value(Key key) {
        skipSpace();
        char c = json.charAt(at);
        if (c == '{' || c == '[') {
            return container(key, c == '[');
        }
        if (c == '"') {
            return key == Key.TYPE ? type() : fits(key, stringLength());
        }
        literal();
        return true;
    }

    private boolean container(Key key, boolean array) {
        if (depth == MAX_DEPTH) {
            throw new Unreadable();
        }
        Frame frame = open[depth] == null ? open[depth] = new Frame() : open[depth];
        frame.key = key;
        frame.array = array;
        frame.type = null;
        depth++;
        at++;
        char close = array ? ']' : '}';
        skipSpace();
        if (json.charAt(at) == close) {
            at++;
        } else {
            do {
                if (!(array ? value(Key.NONE) : member())) {
                    return false;
                }
                skipSpace();
            } while (separator(close));
        }
        depth--;
        return true;
    }

    private boolean member() {
        skipSpace();
        Key key = key();
        skipSpace();
        expect(':');
        return value(key);
    }

    /** After a member or element: true at a comma, false at the closing bracket (consumed), else unreadable. */
    private boolean separator(char close) {
        char c = json.charAt(at++);
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw new Unreadable();
        }
        return false;
    }

    private Key key() {
        int start = at + 1;
        int length = stringLength();
        if (at - 1 - start != length) {
            return Key.OTHER; // escaped: never one of the keys that matter as a template writes them
        }
        return switch (length) {
            case 4 -> json.startsWith("type", start) ? Key.TYPE : json.startsWith("text", start) ? Key.TEXT : Key.OTHER;
            case 6 -> json.startsWith("fields", start) ? Key.FIELDS : Key.OTHER;
            case 8 -> json.startsWith("elements", start) ? Key.ELEMENTS : Key.OTHER;
            case 13 -> json.startsWith("initial_value", start) ? Key.INITIAL_VALUE : Key.OTHER;
            default -> Key.OTHER;
        };
    }

    /** A {@code type} value: kept for the texts inside its object; a view is not a message. */
    private boolean type() {
        int start = at + 1;
        int length = stringLength();
        if (at - 1 - start != length || depth == 0) {
            return false; // an escaped type could spell a view
        }
        String type = json.substring(start, at - 1);
        open[depth - 1].type = type;
        return !"modal".equals(type) && !"home".equals(type);
    }

    private boolean fits(Key key, int length) {
        if (key == Key.INITIAL_VALUE) {
            return length <= SlackLimit.INPUT_INITIAL_VALUE.max();
        }
        return key != Key.TEXT || length <= SMALLEST || length <= textLimit();
    }

    /** The limit of the text in the innermost open object, from what is known of where that object hangs. */
    private int textLimit() {
        if (depth == 1) {
            return SlackLimit.MESSAGE_TEXT.max();
        }
        Frame holder = open[depth - 1];
        Frame parent = open[depth - 2];
        if (!parent.array && holder.key == Key.TEXT && "section".equals(parent.type)) {
            return SlackLimit.SECTION_TEXT.max();
        }
        if (parent.array && depth > 2) {
            Frame block = open[depth - 3];
            if (parent.key == Key.FIELDS && "section".equals(block.type)) {
                return SlackLimit.SECTION_FIELD.max();
            }
            if (parent.key == Key.ELEMENTS && "context".equals(block.type)) {
                return SlackLimit.CONTEXT_ELEMENT.max();
            }
        }
        return SMALLEST;
    }

    /**
     * Reads a string from its opening quote; answers its length once unescaped, in UTF-16 units as
     * {@link String#length()} counts them (an escape is one unit).
     */
    private int stringLength() {
        expect('"');
        int length = 0;
        while (true) {
            char c = json.charAt(at++);
            if (c == '"') {
                return length;
            }
            if (c < 0x20) {
                throw new Unreadable();
            }
            if (c == '\\') {
                char escaped = json.charAt(at++);
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (!hexDigit(json.charAt(at++))) {
                            throw new Unreadable();
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw new Unreadable();
                }
            }
            length++;
        }
    }

    private static boolean hexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@code true}, {@code false}, {@code null} or a number, read strictly. */
    private void literal() {
        for (String word : WORDS) {
            if (json.startsWith(word, at)) {
                at += word.length();
                return;
            }
        }
        int start = at;
        if (json.charAt(at) == '-') {
            at++;
        }
        if (json.charAt(at) == '0' && at + 1 < json.length() && Character.isDigit(json.charAt(at + 1))) {
            throw new Unreadable(); // no leading zeros in JSON
        }
        digits();
        if (at < json.length() && json.charAt(at) == '.') {
            at++;
            digits();
        }
        if (at < json.length() && (json.charAt(at) == 'e' || json.charAt(at) == 'E')) {
            at++;
            if (json.charAt(at) == '+' || json.charAt(at) == '-') {
                at++;
            }
            digits();
        }
        if (at == start) {
            throw new Unreadable();
        }
    }

    private void digits() {
        int start = at;
        while (at < json.length() && json.charAt(at) >= '0' && json.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw new Unreadable();
        }
    }

    private void expect(char c) {
        if (json.charAt(at++) != c) {
            throw new Unreadable();
        }
    }

    private void skipSpace() {
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    /** Text that is not strict JSON: the caller parses the tree, which answers as before. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
