package dev.baton;

import dev.baton.config.Settings;
import dev.baton.config.StartupFailure;
import dev.baton.usage.UsageCsvImport;

import java.util.List;

/** Command-line jobs that need the database but not Slack, so they run before the Slack secrets are required. */
final class BatonCommands {
    private BatonCommands() {
    }

    /** Runs {@code java -jar baton.jar <args>}; returns the process's exit status. */
    static int run(List<String> args) {
        if (args.size() >= 2 && "import".equals(args.get(0)) && "usage".equals(args.get(1))) {
            try {
                return UsageCsvImport.run(args.subList(2, args.size()), Settings.withoutSlack(System.getenv()),
                        System.out, System.console() != null);
            } catch (StartupFailure e) {
                System.err.println("import usage cannot run: " + e.problem());
                return StartupFailure.EXIT_STATUS;
            }
        }
        System.err.println("usage: java -jar baton.jar                                     serve Slack and /api/*\n"
                + "       java -jar baton.jar import usage [--no-alerts] FILE.csv   backfill usage events");
        return 2;
    }
}
