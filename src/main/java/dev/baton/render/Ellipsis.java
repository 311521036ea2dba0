package dev.baton.render;

/** Cuts text to a length with a trailing ellipsis, never inside a surrogate pair or an HTML entity. */
public final class Ellipsis {
    private Ellipsis() {
    }

    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp >= end - 6 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        return text.substring(0, end) + "…";
    }
}
