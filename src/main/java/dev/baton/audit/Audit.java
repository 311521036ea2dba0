package dev.baton.audit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.baton.store.StoredText;
import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Writes audit entries inside the caller's transaction, with before and after as JSON. */
public final class Audit {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
            .registerTypeAdapter(java.time.LocalDate.class, new AsText<java.time.LocalDate>())
            .registerTypeAdapter(java.time.Instant.class, new AsText<java.time.Instant>())
            // a fixed list's value as its stored spelling, as the log had it when those values were plain strings
            .registerTypeHierarchyAdapter(StoredText.class, (com.google.gson.JsonSerializer<StoredText>)
                    (value, type, context) -> new com.google.gson.JsonPrimitive(value.stored()))
            .create();

    private Audit() {
    }

    public static void record(Handle handle, Instant at, String actor, Long accountId, String action,
                              Object before, Object after) {
        handle.attach(AuditDao.class).insert(at, actor, accountId, action, toJson(before), toJson(after));
    }

    private static String toJson(Object value) {
        return value == null ? null : GSON.toJson(value);
    }

    /** Writes java.time values as their ISO text (Gson cannot reflect into java.time on Java 17). */
    private static final class AsText<T> implements com.google.gson.JsonSerializer<T> {
        @Override
        public com.google.gson.JsonElement serialize(T value, java.lang.reflect.Type type,
                                                     com.google.gson.JsonSerializationContext context) {
            return new com.google.gson.JsonPrimitive(value.toString());
        }
    }
}
