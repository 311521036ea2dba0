package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.lighthouse.LighthouseRows.Update;
import dev.baton.outbox.Outbox;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bi-weekly sync, prepared in Slack: two working days before, each TA gets one DM per account in the program (new
 * entrants confirm their plan, the others answer updates and blockers); the TAs' answers are kept per sync; on the
 * sync's morning the agenda goes to the channel (see {@link SyncAgenda}). Each phase is claimed once across instances.
 */
final class SyncService {
    static final String PREP = "prep";
    static final String AGENDA = "agenda";
    static final Duration LOOKBACK = Duration.ofDays(14);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SyncCalendar calendar;
    private final Programs programs;
    private final LighthousePeople people;
    private final LighthouseViews views;
    private final SyncAgenda agenda;
    private final String instance;

    SyncService(Jdbi jdbi, Clock clock, SyncCalendar calendar, Programs programs, LighthousePeople people,
                LighthouseViews views, SyncAgenda agenda, String instance) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.calendar = calendar;
        this.programs = programs;
        this.people = people;
        this.views = views;
        this.agenda = agenda;
        this.instance = instance;
    }

    /** Sends what is due for the next sync and not yet claimed. */
    void tick() {
        Instant now = clock.instant();
        Optional<LocalDate> next = calendar.next(now);
        if (next.isEmpty()) {
            return;
        }
        LocalDate date = next.get();
        if (!now.isBefore(calendar.prepAt(date))) {
            once(date, PREP, handle -> prep(handle, date, now));
        }
        if (!now.isBefore(calendar.agendaAt(date))) {
            once(date, AGENDA, handle -> agenda.post(handle, date, now));
        }
    }

    private void once(LocalDate date, String phase, java.util.function.Consumer<Handle> work) {
        if (claimed(date, phase)) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> {
                if (handle.attach(LighthouseDao.class).claimSync(date, phase, instance, clock.instant()) == 1) {
                    work.accept(handle);
                }
            });
        } catch (JdbiException e) {
            if (!claimed(date, phase)) {
                throw e; // not another instance's claim: a real failure, retried on the next tick
            }
        }
    }

    private boolean claimed(LocalDate date, String phase) {
        return jdbi.withExtension(LighthouseDao.class, dao -> dao.syncClaimed(date, phase)) > 0;
    }

    private void prep(Handle handle, LocalDate date, Instant now) {
        LighthouseDao dao = handle.attach(LighthouseDao.class);
        for (Program program : dao.members()) {
            Optional<Account> account = handle.attach(AccountDao.class).findById(program.accountId());
            if (account.isEmpty()) {
                continue;
            }
            boolean entrant = program.presentedOn() == null;
            Map<String, Object> model = PlanService.planModel(account.get(), program, dao);
            model.put("sync", date.toString());
            model.put("nomination", program.nominationId());
            var message = views.message(entrant ? "sync-new-dm.json.ftl" : "sync-existing-dm.json.ftl", model);
            for (String runner : LighthousePeople.runners(account.get())) {
                Outbox.post(handle, "lighthouse-sync:" + date + ":" + program.nominationId() + ":" + runner, runner,
                        message, now);
            }
        }
        Audit.record(handle, now, "baton:lighthouse", null, "lighthouse.sync.asked", null,
                Map.of("sync", date.toString(), "accounts", dao.members().size()));
    }

    /** The short form for an existing account, prefilled from the weekly updates of the last two weeks. */
    Change openAnswer(String actor, long nominationId, String responseUrl) {
        return onProgram(actor, nominationId, (handle, account, program, now) -> {
            List<Update> updates = handle.attach(LighthouseDao.class).updates(nominationId, 10).stream()
                    .filter(u -> u.at().isAfter(now.minus(LOOKBACK))).toList();
            Map<String, Object> model = new HashMap<>();
            model.put("account", account);
            model.put("sync", calendar.next(now).map(LocalDate::toString).orElse(""));
            model.put("updates", updates.stream().map(Update::progress).collect(Collectors.joining("\n")));
            model.put("blockers", updates.stream().flatMap(u -> java.util.stream.Stream.of(u.blockers(), u.asks()))
                    .filter(t -> t != null).collect(Collectors.joining("\n")));
            model.put("metadata", new LighthouseState(nominationId, responseUrl).toJson());
            return new Change.Show(views.modal("answer-modal.json.ftl", model));
        });
    }

    /** The TA's answer for the next sync; {@code confirmed} for a new entrant's plan. */
    Change answer(String actor, long nominationId, boolean confirmed, String updates, String blockers) {
        if (!confirmed && updates == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_UPDATES, "Say what happened in the last two weeks."));
        }
        return onProgram(actor, nominationId, (handle, account, program, now) -> {
            Optional<LocalDate> sync = calendar.next(now);
            if (sync.isEmpty()) {
                return new Change.Refused("No Lighthouse sync is scheduled (BATON_LIGHTHOUSE_SYNC).");
            }
            LighthouseDao dao = handle.attach(LighthouseDao.class);
            dao.removeAnswer(sync.get(), nominationId);
            dao.addAnswer(sync.get(), nominationId, confirmed, updates, blockers, actor, now);
            Audit.record(handle, now, actor, account.id(), "lighthouse.sync.answered", null, Map.of("sync",
                    sync.get().toString(), "confirmed", confirmed, "updates", PlanService.text(updates),
                    "blockers", PlanService.text(blockers)));
            return new Change.Done(confirmed ? "Confirmed for the sync on " + sync.get() + "."
                    : "Thanks: your answers are on the agenda of " + sync.get() + ".", account.id());
        });
    }

    private Change onProgram(String actor, long nominationId, Programs.Work work) {
        Optional<Program> program = jdbi.withExtension(LighthouseDao.class, dao -> dao.program(nominationId));
        if (program.isEmpty() || program.get().exitedAt() != null) {
            return new Change.Refused("That account is no longer in the Lighthouse program.");
        }
        return programs.change(program.get().accountId(), actor, people::onTeam, "the account team or a leader", work);
    }
}
