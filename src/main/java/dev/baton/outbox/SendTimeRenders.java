package dev.baton.outbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts queued by reference and rendered when sent. A caller queuing thousands of posts at once (usage alerts)
 * stores {@code {"render": <name>, "ref": <id>}} instead of Block Kit: its transaction renders nothing, the row
 * stays small, and the post shows the subject as it stands when it goes out.
 */
public final class SendTimeRenders {
    static final String RENDER = "render";
    static final String REF = "ref";

    /** Renders the message (text and blocks) a reference names; empty when its subject no longer exists. */
    @FunctionalInterface
    public interface Render {
        Optional<JsonObject> message(Handle handle, String ref);
    }

    private final Map<String, Render> renders = new ConcurrentHashMap<>();

    /** Registers how posts queued with {@link #reference(String, String)} under {@code name} are rendered. */
    public SendTimeRenders add(String name, Render render) {
        renders.put(name, render);
        return this;
    }

    /** The payload of a post rendered when sent by the render registered as {@code name}. */
    public static String reference(String name, String ref) {
        JsonObject payload = new JsonObject();
        payload.addProperty(RENDER, name);
        payload.addProperty(REF, ref);
        return payload.toString();
    }

    /** Whether the payload is a reference (only those start with the render field, as written above). */
    static boolean isReference(String payload) {
        return payload.startsWith("{\"" + RENDER + "\":");
    }

    /** The message for a reference payload, or why there is none (a dead letter's reason). */
    Rendered render(Jdbi jdbi, String payload) {
        JsonObject reference = JsonParser.parseString(payload).getAsJsonObject();
        String name = reference.get(RENDER).getAsString();
        String ref = reference.get(REF).getAsString();
        Render render = renders.get(name);
        if (render == null) {
            return new Rendered(null, "Nothing renders '" + name + "' posts in this version of Baton.");
        }
        return jdbi.withHandle(handle -> render.message(handle, ref))
                .map(message -> new Rendered(message.toString(), null))
                .orElseGet(() -> new Rendered(null, "What this post shows (" + name + " " + ref + ") no longer exists."));
    }

    /** A rendered payload, or the reason there is none. */
    record Rendered(String payload, String missing) {
    }
}
