package dev.baton.slack;

/** A button or option value of the form {@code first:second}, e.g. {@code accountId:page}. */
public record ActionValue(long first, long second) {
    /** Parses {@code "12:3"} (or {@code "12"}, second 1); a malformed value parses to 0:1, which finds nothing. */
    public static ActionValue parse(String value) {
        if (value == null) {
            return new ActionValue(0, 1);
        }
        String[] parts = value.split(":", 2);
        try {
            return new ActionValue(Long.parseLong(parts[0].trim()), parts.length > 1 ? Long.parseLong(parts[1].trim()) : 1);
        } catch (NumberFormatException e) {
            return new ActionValue(0, 1);
        }
    }
}
