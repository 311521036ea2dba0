package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.ExitProposal;
import dev.baton.lighthouse.LighthouseRows.ExitVote;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.outbox.Outbox;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exit by agreement: the account team proposes; sales and TS leadership vote Agree or Not yet. The account leaves once
 * someone on each side agrees (two different people: with only BATON_LEADERS, two leaders); a Not yet keeps it in with
 * its reason on the card. Leaving graduates the nomination and asks the TA to re-assess the renewal's health.
 */
final class ExitService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Programs programs;
    private final LighthousePeople people;
    private final LighthouseViews views;

    ExitService(Jdbi jdbi, Clock clock, Programs programs, LighthousePeople people, LighthouseViews views) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.programs = programs;
        this.people = people;
        this.views = views;
    }

    /** Whether the agreeing voters include someone from sales and someone else from TS leadership. */
    static boolean agreed(Set<String> agreeing, Set<String> sales, Set<String> ts) {
        for (String s : agreeing) {
            if (sales.contains(s) && agreeing.stream().anyMatch(t -> !t.equals(s) && ts.contains(t))) {
                return true;
            }
        }
        return false;
    }

    Change open(String actor, long accountId, String responseUrl) {
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> new Change.Show(views.modal("exit-modal.json.ftl",
                        Map.of("account", account, "metadata", new LighthouseState(accountId, responseUrl).toJson()))));
    }

    Change propose(String actor, long accountId, String note) {
        if (note == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_NOTE,
                    "Say whether the success criteria are met, or why the account should leave anyway."));
        }
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    dao.openProposal(program.nominationId()).ifPresent(p -> dao.closeProposal(p.id(), "replaced"));
                    long proposal = dao.addProposal(program.nominationId(), actor, now, note);
                    Audit.record(handle, now, actor, accountId, "lighthouse.exit.proposed", null,
                            Map.of("proposal", proposal, "note", note));
                    Map<String, Object> model = new HashMap<>(PlanService.planModel(account, program, dao));
                    model.put("by", actor);
                    model.put("note", note);
                    model.put("proposal", proposal);
                    var message = views.message("exit-vote-dm.json.ftl", model);
                    for (String decider : people.exitDeciders()) {
                        Outbox.post(handle, "lighthouse-exit:" + proposal + ":" + decider, decider, message, now);
                    }
                    return new Change.Done("Exit proposed: sales and TS leadership are asked to agree.",
                            accountId);
                });
    }

    Change openNotYet(String actor, long proposalId, String responseUrl) {
        if (!people.mayVote(actor)) {
            return new Change.Refused("Only sales or TS leadership can decide a Lighthouse exit.");
        }
        return new Change.Show(views.modal("not-yet-modal.json.ftl",
                Map.of("metadata", new LighthouseState(proposalId, responseUrl).toJson())));
    }

    /** A vote: Agree (reason null) or Not yet (with its reason). */
    Change vote(String actor, long proposalId, boolean agree, String reason) {
        if (!agree && reason == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_REASON, "Say what is still missing."));
        }
        if (!people.mayVote(actor)) {
            return new Change.Refused("Only sales or TS leadership can decide a Lighthouse exit.");
        }
        return jdbi.inTransaction(handle -> {
            LighthouseDao dao = handle.attach(LighthouseDao.class);
            Optional<ExitProposal> proposal = dao.proposal(proposalId).filter(p -> ExitProposal.OPEN.equals(p.status()));
            Optional<Program> program = proposal.flatMap(p -> dao.program(p.nominationId())).filter(p -> p.exitedAt() == null);
            if (program.isEmpty()) {
                return new Change.Refused("That exit proposal is already decided.");
            }
            Account account = handle.attach(AccountDao.class).findById(program.get().accountId()).orElseThrow();
            Instant now = clock.instant();
            dao.removeVote(proposalId, actor);
            dao.addVote(proposalId, actor, agree ? ExitVote.AGREE : "not_yet", reason, now);
            Audit.record(handle, now, actor, account.id(), agree ? "lighthouse.exit.agreed" : "lighthouse.exit.not-yet",
                    null, Map.of("proposal", proposalId, "reason", reason == null ? "" : reason));
            if (!agree) {
                dao.closeProposal(proposalId, ExitProposal.NOT_YET);
                dao.setNotYet(program.get().nominationId(), reason);
                return new Change.Done("Not yet: " + account.name() + " stays in the program.", account.id());
            }
            return decide(handle, dao, account, program.get(), proposalId, now);
        });
    }

    private Change decide(Handle handle, LighthouseDao dao, Account account, Program program, long proposalId,
                                    Instant now) {
        Set<String> agreeing = new java.util.HashSet<>(dao.votes(proposalId).stream().filter(ExitVote::agrees)
                .map(ExitVote::voter).toList());
        if (!agreed(agreeing, people.salesSide(), people.tsSide())) {
            return new Change.Done("Agreed. " + account.name() + " leaves once both sales and TS "
                    + "leadership agree.", account.id());
        }
        dao.closeProposal(proposalId, ExitProposal.AGREED);
        dao.exit(program.nominationId(), now);
        dao.graduate(program.nominationId());
        Audit.record(handle, now, "baton:lighthouse", account.id(), "lighthouse.exited", null,
                Map.of("proposal", proposalId, "agreed_by", List.copyOf(agreeing)));
        for (String runner : LighthousePeople.runners(account)) {
            Outbox.post(handle, "lighthouse-exited:" + program.nominationId() + ":" + runner, runner,
                    views.message("exited-dm.json.ftl", Map.of("account", account)), now);
        }
        return new Change.Done(account.name() + " leaves the Lighthouse program: both sides agreed.",
                account.id());
    }
}
