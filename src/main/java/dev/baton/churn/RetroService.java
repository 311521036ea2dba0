package dev.baton.churn;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.timeline.Timeline;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The retro after kickoff: the TA drafts the doc, the sponsor marks it reviewed, the final doc goes out. */
final class RetroService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final List<String> categories;
    private final RetroNotifications notifications;
    private final ZoneId zone;

    public RetroService(Jdbi jdbi, Clock clock, AccountAccess access, List<String> categories,
                        RetroNotifications notifications, ZoneId zone) {
        this.jdbi = jdbi;
        this.zone = zone;
        this.clock = clock;
        this.access = access;
        this.categories = categories;
        this.notifications = notifications;
    }

    public List<String> categories() {
        return categories;
    }

    public Optional<RetroView> view(long churnId) {
        return jdbi.withHandle(handle -> load(handle, churnId));
    }

    /** The TA, the sponsor and leaders may fill the doc. */
    public boolean mayEdit(String userId, Retro retro) {
        return access.isLeader(userId) || userId.equals(retro.ta()) || userId.equals(retro.sponsor());
    }

    /** Opens the doc for {@code actor}; the first time, the retro moves from kickoff to drafting. */
    public RetroChange start(String actor, long churnId) {
        return change(churnId, (handle, view, now) -> {
            if (!mayEdit(actor, view.retro())) {
                return new RetroChange.Refused(refusal(view.retro(), "fill this retro doc"));
            }
            if (!view.retro().editable()) {
                return new RetroChange.Refused("This retro was already reviewed; the final doc is in the review channel.");
            }
            if (view.retro().status() == RetroStatus.KICKOFF) {
                handle.attach(ChurnDao.class).setStatus(churnId, RetroStatus.DRAFTING, actor, now);
                return moved(handle, view, actor, "churn.retro.started", now, "Retro started.");
            }
            return new RetroChange.Done(view, "");
        });
    }

    /** Saves the doc as a draft, or as ready for review when {@code ready} and every section is filled. */
    public RetroChange save(String actor, long churnId, RetroDoc doc, boolean ready) {
        Map<String, String> problems = RetroDocCheck.problems(doc, ready, categories);
        if (!problems.isEmpty()) {
            return new RetroChange.Invalid(problems);
        }
        return change(churnId, (handle, view, now) -> {
            if (!mayEdit(actor, view.retro())) {
                return new RetroChange.Refused(refusal(view.retro(), "fill this retro doc"));
            }
            ChurnDao dao = handle.attach(ChurnDao.class);
            RetroStatus status = ready ? RetroStatus.REVIEW : RetroStatus.DRAFTING;
            if (dao.saveDoc(doc, churnId, status, actor, now) == 0) {
                return new RetroChange.Refused("This retro was already reviewed; the doc can no longer change.");
            }
            dao.removeActions(churnId);
            doc.actions().stream().filter(RetroDoc.ActionDraft::complete).forEach(a ->
                    dao.addAction(churnId, a.position(), a.action(), a.owner(), a.dueDate()));
            RetroChange.Done done = (RetroChange.Done) moved(handle, view, actor, "churn.retro.saved", now,
                    ready ? "Saved and ready for review." : "Draft saved.");
            if (ready && view.retro().status() != RetroStatus.REVIEW) {
                notifications.readyForReview(handle, done.view(), now);
                Timeline.arm(handle, view.account().id(), ChurnReviewCallStep.ID, now.plus(Duration.ofDays(1)));
            }
            return done;
        });
    }

    /** The sponsor (or a leader) marks the reviewed doc final: it is rendered and posted, its actions tracked. */
    public RetroChange review(String actor, long churnId) {
        return change(churnId, (handle, view, now) -> {
            if (!access.isLeader(actor) && !actor.equals(view.retro().sponsor())) {
                return new RetroChange.Refused("Only the retro's sponsor or a leader can mark it reviewed.");
            }
            if (handle.attach(ChurnDao.class).markReviewed(churnId, actor, now) == 0) {
                return new RetroChange.Refused(view.retro().status() == RetroStatus.REVIEWED
                        || view.retro().status() == RetroStatus.CLOSED ? "This retro was already marked reviewed."
                        : "The doc is not ready for review yet: the TA marks it ready when every section is filled.");
            }
            RetroChange.Done done = (RetroChange.Done) moved(handle, view, actor, "churn.retro.reviewed", now,
                    "Marked reviewed: the final doc is on its way to the review channel.");
            notifications.finalDoc(handle, done.view(), now);
            armActions(handle, view.account().id(), now);
            return done;
        });
    }

    /** Marks a call to action done; when it was the retro's last, the retro closes and the sponsor is told. */
    public RetroChange actionDone(String actor, long actionId) {
        Optional<CallToAction> action = jdbi.withExtension(ChurnDao.class, dao -> dao.action(actionId));
        if (action.isEmpty()) {
            return new RetroChange.Refused("That call to action no longer exists.");
        }
        return change(action.get().churnId(), (handle, view, now) -> {
            if (!actor.equals(action.get().owner()) && !mayEdit(actor, view.retro())) {
                return new RetroChange.Refused("Only the owner, the retro's TA, its sponsor or a leader can mark it done.");
            }
            ChurnDao dao = handle.attach(ChurnDao.class);
            if (dao.markActionDone(actionId, actor, now) == 0) {
                return new RetroChange.Refused("That call to action was already marked done.");
            }
            CallToAction after = dao.action(actionId).orElseThrow();
            Audit.record(handle, now, actor, view.account().id(), "churn.action.done", action.get(), after);
            boolean last = dao.actions(view.churn().id()).stream().allMatch(CallToAction::done);
            if (last && view.retro().status() == RetroStatus.REVIEWED) {
                dao.setStatus(view.churn().id(), RetroStatus.CLOSED, actor, now);
                RetroChange.Done done = (RetroChange.Done) moved(handle, view, actor, "churn.retro.closed", now,
                        "Done. That was the last call to action: the sponsor has been told.");
                notifications.allActionsDone(handle, done.view(), now);
                armActions(handle, view.account().id(), now);
                return done;
            }
            armActions(handle, view.account().id(), now);
            return moved(handle, view, actor, "churn.retro.action-progress", now, "Marked done: " + after.action());
        });
    }

    /** Re-arms the account's calls-to-action reminders at the earliest open due date (none open: nothing to arm). */
    private void armActions(Handle handle, long accountId, Instant now) {
        List<CallToAction> open = handle.attach(ChurnDao.class).openActionsForAccount(accountId);
        if (!open.isEmpty()) {
            Timeline.arm(handle, accountId, ChurnActionsStep.ID, ChurnActionsStep.nextDue(open, now, zone));
        }
    }

    private RetroChange moved(Handle handle, RetroView before, String actor, String action, Instant now, String notice) {
        RetroView after = load(handle, before.churn().id()).orElseThrow();
        Audit.record(handle, now, actor, before.account().id(), action, before.retro(), after.retro());
        notifications.moved(handle, after.account(), after.churn(), after.retro(), after.actions(), now);
        return new RetroChange.Done(after, notice);
    }

    private RetroChange change(long churnId, Change change) {
        return jdbi.inTransaction(handle -> load(handle, churnId)
                .map(view -> change.apply(handle, view, clock.instant()))
                .orElse(new RetroChange.Refused("That retro no longer exists.")));
    }

    static Optional<RetroView> load(Handle handle, long churnId) {
        ChurnDao dao = handle.attach(ChurnDao.class);
        Optional<Churn> churn = dao.churn(churnId);
        Optional<Retro> retro = dao.retro(churnId);
        if (churn.isEmpty() || retro.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = handle.attach(AccountDao.class).findById(churn.get().accountId());
        return account.map(a -> new RetroView(a, churn.get(), retro.get(), dao.actions(churnId)));
    }

    private static String refusal(Retro retro, String what) {
        return "Only the retro's TA, its sponsor or a leader can " + what + ".";
    }

    @FunctionalInterface
    private interface Change {
        RetroChange apply(Handle handle, RetroView view, Instant now);
    }
}
