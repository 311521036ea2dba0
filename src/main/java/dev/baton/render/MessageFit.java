package dev.baton.render;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Says, in one streaming pass and without building a tree, whether a rendered Block Kit message certainly
 * fits Slack's text limits, so it can be sent as the template wrote it. It is conservative: every text gets
 * the smallest limit {@link TextLimits} could give it there (75 characters, the limit of a button or an
 * option) unless it is a section's text (3,000), a section field or a context element (2,000) or the
 * message's fallback text (40,000), as told by the {@code type} of its block seen before it. Anything it
 * cannot place, a view ({@code modal}, {@code home}) or JSON it cannot read answers "not certainly": then
 * the tree is parsed and cut as before. Parsing the tree was about a quarter of a /roles card's render.
 */
final class MessageFit {
    private static final int BUTTON_OR_OPTION = 75;

    /** An object or array being read: its type once seen, and the key it hangs by in its parent. */
    private static final class Frame {
        final String key;
        final boolean array;
        String type;

        Frame(String key, boolean array) {
            this.key = key;
            this.array = array;
        }
    }

    private final Deque<Frame> open = new ArrayDeque<>();

    private MessageFit() {
    }

    static boolean certainlyFits(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            return new MessageFit().read(reader, null) && reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Reads one value hanging by {@code key}; false as soon as a text might be over its limit. */
    private boolean read(JsonReader reader, String key) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                open.push(new Frame(key, false));
                reader.beginObject();
                while (reader.hasNext()) {
                    if (!read(reader, reader.nextName())) {
                        return false;
                    }
                }
                reader.endObject();
                open.pop();
            }
            case BEGIN_ARRAY -> {
                open.push(new Frame(key, true));
                reader.beginArray();
                while (reader.hasNext()) {
                    if (!read(reader, null)) {
                        return false;
                    }
                }
                reader.endArray();
                open.pop();
            }
            case STRING -> {
                return fits(key, reader.nextString());
            }
            default -> reader.skipValue();
        }
        return true;
    }

    private boolean fits(String key, String value) {
        if ("type".equals(key)) {
            open.peek().type = value;
            return !"modal".equals(value) && !"home".equals(value);
        }
        if ("initial_value".equals(key)) {
            return value.length() <= 3000;
        }
        return !"text".equals(key) || value.length() <= BUTTON_OR_OPTION || value.length() <= textLimit();
    }

    /** The limit of the text in the innermost open object, from what is known of where that object hangs. */
    private int textLimit() {
        Frame[] frames = open.toArray(Frame[]::new);
        if (frames.length == 1) {
            return 40000;
        }
        Frame holder = frames[0];
        Frame parent = frames[1];
        if (!parent.array && "text".equals(holder.key) && "section".equals(parent.type)) {
            return 3000;
        }
        if (parent.array && frames.length > 2) {
            Frame block = frames[2];
            boolean field = "fields".equals(parent.key) && "section".equals(block.type);
            boolean contextElement = "elements".equals(parent.key) && "context".equals(block.type);
            if (field || contextElement) {
                return 2000;
            }
        }
        return BUTTON_OR_OPTION;
    }
}
