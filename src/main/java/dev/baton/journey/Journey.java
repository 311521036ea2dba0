package dev.baton.journey;

import dev.baton.account.Role;

import java.util.List;
import java.util.Set;

/**
 * One digital-success journey as revenue operations wrote it in {@code templates/journeys/<name>.yml}: who enters
 * (a closed-won account of one of its service models, or any account of one of its TA segmentations) and its steps.
 */
public record Journey(String name, String title, Set<String> serviceModels, Set<String> taSegmentations,
                      List<Step> steps) {

    /**
     * One email of the journey: when it falls due ({@link When}), its template under {@code templates/journeys/},
     * its subject, and the roles whose holders receive it.
     */
    public record Step(String id, When when, String template, String subject, Set<Role> roles) {
    }

    /** When a step falls due: an offset in days from closed-won, the first working day of each month, or each release. */
    public sealed interface When {
        record AfterClosedWon(int days) implements When {
        }

        record FirstWorkingDayOfMonth() implements When {
        }

        record EachRelease() implements When {
        }
    }
}
