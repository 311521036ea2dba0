package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.lighthouse.LighthouseRows.SyncAnswer;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sync's agenda, posted on its morning: a heading, then one post per account (so each has a thread for the
 * meeting's notes), new entrants first with their problem, goal, criteria and plan, then the others with their TA's
 * answers, those whose TA did not answer flagged. Sent to BATON_LIGHTHOUSE_CHANNEL, or each leader's DM.
 */
final class SyncAgenda {
    private final LighthouseViews views;
    private final List<String> recipients;

    SyncAgenda(LighthouseViews views, List<String> recipients) {
        this.views = views;
        this.recipients = recipients;
    }

    void post(Handle handle, LocalDate date, Instant now) {
        LighthouseDao dao = handle.attach(LighthouseDao.class);
        Map<Long, SyncAnswer> answers = dao.answers(date).stream()
                .collect(Collectors.toMap(SyncAnswer::nominationId, Function.identity()));
        List<Map<String, Object>> entrants = new ArrayList<>();
        List<Map<String, Object>> existing = new ArrayList<>();
        for (Program program : dao.members()) {
            Optional<Account> account = handle.attach(AccountDao.class).findById(program.accountId());
            if (account.isEmpty()) {
                continue;
            }
            Map<String, Object> item = item(dao, account.get(), program, answers.get(program.nominationId()));
            (program.presentedOn() == null ? entrants : existing).add(item);
            dao.markPresented(program.nominationId(), date);
        }
        int unanswered = (int) existing.stream().filter(i -> !(Boolean) i.get("answered")).count();
        Map<String, Object> heading = Map.of("sync", date.toString(), "entrants", entrants.size(),
                "existing", existing.size(), "unanswered", unanswered);
        List<Map<String, Object>> items = new ArrayList<>(entrants);
        items.addAll(existing);
        for (String recipient : recipients) {
            Outbox.post(handle, "lighthouse-agenda:" + date + ":" + recipient, recipient,
                    views.message("agenda.json.ftl", heading), now);
            for (Map<String, Object> item : items) {
                Outbox.post(handle, "lighthouse-agenda:" + date + ":" + item.get("nomination") + ":" + recipient,
                        recipient, views.message("agenda-item.json.ftl", item), now);
            }
        }
        Audit.record(handle, now, "baton:lighthouse", null, "lighthouse.sync.agenda", null, Map.of("sync",
                date.toString(), "entrants", entrants.size(), "existing", existing.size(), "unanswered", unanswered));
    }

    private static Map<String, Object> item(LighthouseDao dao, Account account, Program program, SyncAnswer answer) {
        Map<String, Object> item = new HashMap<>(PlanService.planModel(account, program, dao));
        item.put("nomination", program.nominationId());
        item.put("entrant", program.presentedOn() == null);
        item.put("answered", answer != null);
        item.put("confirmed", answer != null && answer.confirmed());
        item.put("updates", answer == null ? "" : PlanService.text(answer.updates()));
        item.put("blockers", answer == null ? "" : PlanService.text(answer.blockers()));
        item.put("sponsor", PlanService.text(program.sponsor()));
        return item;
    }
}
