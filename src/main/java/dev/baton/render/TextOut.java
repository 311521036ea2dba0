package dev.baton.render;

import java.io.Writer;

/**
 * A {@link Writer} onto a {@link StringBuilder}: {@link java.io.StringWriter} writes through a synchronized
 * {@link StringBuffer}, whose locking showed in FreeMarker's time rendering every card.
 */
final class TextOut extends Writer {
    private final StringBuilder text;

    TextOut(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
