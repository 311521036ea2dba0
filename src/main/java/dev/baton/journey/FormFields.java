package dev.baton.journey;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A query string or an {@code application/x-www-form-urlencoded} body, as names to their first values. */
final class FormFields {
    private FormFields() {
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The message id a link names, or -1 when it is not a number. */
    static long id(Map<String, String> fields) {
        String m = fields.get("m");
        return m != null && m.matches("\\d{1,18}") ? Long.parseLong(m) : -1;
    }
}
