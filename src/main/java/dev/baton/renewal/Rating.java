package dev.baton.renewal;

import java.util.Arrays;
import java.util.Optional;

/** A renewal's health: green (monitor), yellow (a save plan is required), red (nominated for Lighthouse). */
public enum Rating {
    GREEN("green", "Green", ":large_green_circle:"),
    YELLOW("yellow", "Yellow", ":large_yellow_circle:"),
    RED("red", "Red", ":red_circle:");

    private final String code;
    private final String label;
    private final String emoji;

    Rating(String code, String label, String emoji) {
        this.code = code;
        this.label = label;
        this.emoji = emoji;
    }

    /** As stored and as the modals' option values carry it. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String emoji() {
        return emoji;
    }

    /** Yellow and red renewals are checked in on weekly. */
    public boolean atRisk() {
        return this != GREEN;
    }

    public static Optional<Rating> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
