package dev.baton.config;

/**
 * A reason Baton cannot start that an operator can fix (a setting, the network, a port, a database that is not
 * there): {@code main} prints its message, one line naming the setting, without a stack trace, and exits 2.
 */
public class StartupFailure extends RuntimeException {
    public static final int EXIT_STATUS = 2;

    private final String problem;

    public StartupFailure(String problem) {
        // no stack trace: the message is the whole story, and a trace would bury it
        super("Baton cannot start: " + oneLine(problem), null, false, false);
        this.problem = oneLine(problem);
    }

    /** The problem alone, for a command other than the server to put in its own words. */
    public String problem() {
        return problem;
    }

    /** Drivers and libraries put newlines in their messages; an operator's log line has none. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
