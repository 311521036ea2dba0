package dev.baton.config;

import java.util.List;

/** Raised at start-up when the environment lacks or garbles a setting; the message names every problem. */
public class SettingsException extends RuntimeException {
    public SettingsException(List<String> problems) {
        super("Baton cannot start: " + String.join("; ", problems));
    }
}
