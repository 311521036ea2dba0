package dev.baton.config;

import java.util.List;

/** Raised at start-up when the environment lacks or garbles a setting; the message names every problem. */
class SettingsException extends StartupFailure {
    public SettingsException(List<String> problems) {
        super(String.join("; ", problems));
    }
}
