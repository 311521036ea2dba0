package dev.baton.render;

/** What the renderer does to text over a limit, for assertions. */
final class BlockKitTestText {
    private BlockKitTestText() {
    }

    static String clip(String text, int max) {
        return Ellipsis.cut(text, max);
    }
}
