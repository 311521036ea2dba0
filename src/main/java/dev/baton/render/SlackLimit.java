package dev.baton.render;

/**
 * Slack's Block Kit limits: the one table that {@link TextLimits} cuts to, {@link MessageFit} judges by and the
 * template tests check against, so the three cannot drift apart. Lengths count UTF-16 units, as Slack does.
 */
public enum SlackLimit {
    MESSAGE_BLOCKS(Kind.COUNT, 50, "blocks in a message"),
    VIEW_BLOCKS(Kind.COUNT, 100, "blocks in a modal or App Home view"),

    MESSAGE_TEXT(Kind.TEXT, 40_000, "a message's text (and the most any text object may hold)"),
    SECTION_TEXT(Kind.TEXT, 3_000, "a section's text"),
    SECTION_FIELD(Kind.TEXT, 2_000, "a section field"),
    CONTEXT_ELEMENT(Kind.TEXT, 2_000, "a context element's text"),
    HEADER_TEXT(Kind.TEXT, 150, "a header's text"),
    BUTTON_TEXT(Kind.TEXT, 75, "a button's text"),
    OPTION_TEXT(Kind.TEXT, 75, "an option's text"),
    OPTION_DESCRIPTION(Kind.TEXT, 75, "an option's description"),
    INPUT_LABEL(Kind.TEXT, 2_000, "an input's label"),
    INPUT_HINT(Kind.TEXT, 2_000, "an input's hint"),
    INPUT_INITIAL_VALUE(Kind.TEXT, 3_000, "a plain-text input's initial value"),

    VIEW_TITLE(Kind.VIEW_TEXT, 24, "a view's title"),
    VIEW_SUBMIT(Kind.VIEW_TEXT, 24, "a view's submit button"),
    VIEW_CLOSE(Kind.VIEW_TEXT, 24, "a view's close button"),

    ID(Kind.OWN_VALUE, 255, "an action_id, block_id or callback_id"),
    PRIVATE_METADATA(Kind.OWN_VALUE, 3_000, "a view's private_metadata");

    /** What a limit bounds, and so who keeps to it. */
    public enum Kind {
        /** A number of blocks: the templates keep to it. */
        COUNT,
        /** Text in a message or a view: the renderer cuts it with an ellipsis. */
        TEXT,
        /** Text only views have: the renderer cuts it with an ellipsis. */
        VIEW_TEXT,
        /** A value Baton writes itself, never a person's text: the templates keep to it, tests check it. */
        OWN_VALUE
    }

    private final Kind kind;
    private final int max;
    private final String what;

    SlackLimit(Kind kind, int max, String what) {
        this.kind = kind;
        this.max = max;
        this.what = what;
    }

    public Kind kind() {
        return kind;
    }

    /** The most Slack takes: blocks for a count, UTF-16 units for a text or value. */
    public int max() {
        return max;
    }

    /** What it bounds, for messages about it. */
    public String what() {
        return what;
    }

    /** The smallest limit any text in a message may have: below it, no text in a message is ever cut. */
    public static int smallestMessageText() {
        int smallest = Integer.MAX_VALUE;
        for (SlackLimit limit : values()) {
            if (limit.kind == Kind.TEXT) {
                smallest = Math.min(smallest, limit.max);
            }
        }
        return smallest;
    }
}
