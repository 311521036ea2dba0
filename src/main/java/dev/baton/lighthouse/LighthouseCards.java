package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.LighthouseNominations;
import dev.baton.lighthouse.LighthouseRows.Criterion;
import dev.baton.lighthouse.LighthouseRows.PlanStep;
import dev.baton.lighthouse.LighthouseRows.Program;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an account's Lighthouse card as a viewer sees it: the program's plan, criteria, steps, updates and sponsor. */
final class LighthouseCards {
    static final int UPDATES_SHOWN = 3;

    private final LighthousePeople people;
    private final ZoneId zone;
    private final SyncCalendar calendar;

    LighthouseCards(LighthousePeople people, ZoneId zone, SyncCalendar calendar) {
        this.people = people;
        this.zone = zone;
        this.calendar = calendar;
    }

    Map<String, Object> read(Handle handle, Account account, String viewer, Instant now) {
        LighthouseDao dao = handle.attach(LighthouseDao.class);
        Optional<Program> program = dao.current(account.id());
        Map<String, Object> card = new HashMap<>();
        card.put("account", account);
        card.put("mayNominate", people.mayNominate(viewer, account));
        card.put("isLeader", people.isLeader(viewer));
        card.put("onTeam", people.onTeam(viewer, account));
        card.put("nextSync", calendar.next(now).map(LocalDate::toString).orElse(""));
        card.put("pending", LighthouseNominations.current(handle, account.id()).map(LighthouseNomination::status)
                .filter(LighthouseNomination.NOMINATED::equals).isPresent());
        card.put("inProgram", program.isPresent());
        program.ifPresent(p -> program(card, dao, p, now));
        return card;
    }

    private void program(Map<String, Object> card, LighthouseDao dao, Program program, Instant now) {
        card.put("days", ChronoUnit.DAYS.between(LocalDate.ofInstant(program.enteredAt(), zone),
                LocalDate.ofInstant(now, zone)));
        card.put("entered", LocalDate.ofInstant(program.enteredAt(), zone).toString());
        card.put("sponsor", program.sponsor() == null ? "" : program.sponsor());
        card.put("problem", program.problem() == null ? "" : program.problem());
        card.put("goal", program.goal() == null ? "" : program.goal());
        card.put("planStatus", program.planStatus());
        card.put("notYet", program.notYetReason() == null ? "" : program.notYetReason());
        card.put("criteria", criteria(dao.criteria(program.nominationId()), dao.steps(program.nominationId())));
        card.put("updates", dao.updates(program.nominationId(), UPDATES_SHOWN).stream().map(u -> Map.of(
                "date", LocalDate.ofInstant(u.at(), zone).toString(), "actor", u.actor(), "progress", u.progress(),
                "blockers", u.blockers() == null ? "" : u.blockers(), "asks", u.asks() == null ? "" : u.asks()))
                .toList());
        card.put("proposal", dao.openProposal(program.nominationId()).map(p -> Map.of("by", p.proposedBy(),
                "note", p.note())).orElse(Map.of()));
    }

    /** The criteria with their steps, as the card, the DMs and the agenda show them. */
    static List<Map<String, Object>> criteria(List<Criterion> criteria, List<PlanStep> steps) {
        return criteria.stream().map(c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("position", c.position());
            row.put("what", c.what());
            row.put("measure", c.measure() == null ? "" : c.measure());
            row.put("target", c.target() == null ? "" : c.target());
            row.put("current", c.currentValue() == null ? "" : c.currentValue());
            row.put("met", c.met());
            row.put("steps", steps.stream().filter(s -> s.criterionPosition() == c.position()).map(s -> Map.of(
                    "id", s.id(), "action", s.action(), "owner", s.owner(), "due", s.dueOn().toString(),
                    "done", s.done())).toList());
            return row;
        }).toList();
    }
}
