package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.ServiceModel;
import dev.baton.timeline.StepForm;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds an account's cycle for its renewal date, and who acts on it: the assessor, the AE and the AE's manager. */
final class Cycles {
    private Cycles() {
    }

    /**
     * The account's cycle for its current renewal date, in the caller's transaction: the open cycle, moved to the
     * date when the CRM moved it; the processed one for that date; or a new open one. Empty without a renewal date.
     */
    static Optional<Cycle> current(Handle handle, Account account, Instant now) {
        if (account.renewalDate() == null) {
            return Optional.empty();
        }
        RenewalDao dao = handle.attach(RenewalDao.class);
        Optional<Cycle> open = dao.openCycleOf(account.id());
        if (open.isPresent()) {
            if (!open.get().renewalDate().equals(account.renewalDate())
                    && dao.cycleOn(account.id(), account.renewalDate()).isEmpty()) {
                dao.moveCycle(open.get().id(), account.renewalDate(), now);
                return dao.cycle(open.get().id());
            }
            return open;
        }
        Optional<Cycle> on = dao.cycleOn(account.id(), account.renewalDate());
        if (on.isPresent()) {
            return on;
        }
        dao.openCycle(account.id(), account.renewalDate(), now);
        return dao.cycleOn(account.id(), account.renewalDate());
    }

    /** A renewal step's form on the account's open cycle; none when no cycle is open. */
    static List<StepForm> openCycleForm(Handle handle, Account account, Function<Cycle, StepForm> form) {
        return handle.attach(RenewalDao.class).openCycleOf(account.id()).map(cycle -> List.of(form.apply(cycle)))
                .orElse(List.of());
    }

    /** Who fills in the assessment: the TA, or the CE for Scaled accounts (and whoever of the two there is). */
    static String assessor(Account account) {
        String first = account.serviceModel() == ServiceModel.SCALED ? account.ce() : account.ta();
        return first != null ? first : account.ta() != null ? account.ta() : account.ce();
    }

    /** The people who align on the rating: the AE's manager, or the leaders when the CRM names none. */
    static List<String> managers(Account account, Set<String> leaders) {
        return account.aeManager() != null ? List.of(account.aeManager()) : List.copyOf(leaders);
    }

    /** The first of {@code people} that are set, without repeats; the leaders when none is. */
    static List<String> people(Set<String> leaders, String... people) {
        Set<String> found = new LinkedHashSet<>();
        for (String person : people) {
            if (person != null && !person.isBlank()) {
                found.add(person);
            }
        }
        return found.isEmpty() ? new ArrayList<>(leaders) : new ArrayList<>(found);
    }
}
