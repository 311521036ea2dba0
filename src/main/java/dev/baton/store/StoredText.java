package dev.baton.store;

import java.util.List;
import java.util.Optional;

/**
 * A value from a fixed list that is stored, sent and shown as one spelling ({@code "Mid-Market"}), so the database,
 * the CRM API, the audit log and the templates keep the text they had when these values were plain strings. JDBI
 * binds and reads such an enum as that spelling ({@link Database#configured}); the statics read it back.
 */
public interface StoredText {
    /** The spelling in the database, the CRM and on screen. */
    String stored();

    /** The value a database row holds ({@code null} for none); a spelling no constant has is a broken row. */
    static <E extends Enum<E> & StoredText> E fromStored(Class<E> type, String stored) {
        if (stored == null) {
            return null;
        }
        return find(type, stored).orElseThrow(() -> new IllegalStateException("'" + stored + "' is not a "
                + type.getSimpleName() + " (one of " + String.join(", ", spellings(type)) + ")"));
    }

    /** The value spelled exactly so, as a form's option sends it back; empty for anything else. */
    static <E extends Enum<E> & StoredText> Optional<E> find(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) { // a loop, not a stream: every account row read comes here
            if (constant.stored().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The value spelled so in any case, as the CRM may send it; empty for anything else. */
    static <E extends Enum<E> & StoredText> Optional<E> findIgnoringCase(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.stored().equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every spelling, in the list's order, for a form's options and for an error that names them. */
    static <E extends Enum<E> & StoredText> List<String> spellings(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(StoredText::stored).toList();
    }

    /** The stored spelling of a value that may be unset. */
    static String storedOrNull(StoredText value) {
        return value == null ? null : value.stored();
    }
}
