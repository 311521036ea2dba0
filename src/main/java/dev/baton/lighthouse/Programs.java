package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/** The one way into a program's change: the account, its current program and the actor's right, in one transaction. */
final class Programs {
    private final Jdbi jdbi;
    private final Clock clock;

    Programs(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Runs {@code work} when the account is in the program and {@code may} lets the actor; else says why not. */
    Change change(long accountId, String actor, BiPredicate<String, Account> may, String who, Work work) {
        return jdbi.inTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
            if (account.isEmpty()) {
                return new Change.Refused("That account no longer exists.");
            }
            Optional<Program> program = handle.attach(LighthouseDao.class).current(accountId);
            if (program.isEmpty()) {
                return new Change.Refused(account.get().name() + " is not in the Lighthouse program.");
            }
            if (!may.test(actor, account.get())) {
                return new Change.Refused("Only " + who + " can do that for " + account.get().name() + ".");
            }
            return work.apply(handle, account.get(), program.get(), clock.instant());
        });
    }

    /**
     * Puts the account in the program for an enrolled nomination, in the caller's transaction: the program row, the
     * TA asked for the save plan at once and for the weekly update a week on, audited.
     */
    static void enter(Handle handle, long nominationId, Account account, String actor, String reason, Instant now) {
        handle.attach(LighthouseDao.class).addProgram(nominationId, account.id(), now);
        Timeline.arm(handle, account.id(), PlanAskStep.ID, now);
        Timeline.arm(handle, account.id(), WeeklyUpdateStep.ID, now.plus(WeeklyUpdateStep.INTERVAL));
        Audit.record(handle, now, actor, account.id(), "lighthouse.entered", null,
                Map.of("nomination", nominationId, "reason", reason == null ? "" : reason));
    }

    @FunctionalInterface
    interface Work {
        Change apply(Handle handle, Account account, Program program, Instant now);
    }
}
