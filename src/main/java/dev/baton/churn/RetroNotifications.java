package dev.baton.churn;

import dev.baton.account.Account;
import dev.baton.outbox.Outbox;
import dev.baton.timeline.UserZones;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Everything the retro tells people, queued in the outbox inside the change's transaction. */
final class RetroNotifications {
    private final ChurnViews views;
    private final String reviewChannel;
    private final RetroPdf pdf;
    private final Consumer<Collection<String>> learnNames;

    /** {@code learnNames}: looks up, in the background, the names the final PDF will print (see UserZones). */
    public RetroNotifications(ChurnViews views, String reviewChannel, RetroPdf pdf,
                              Consumer<Collection<String>> learnNames) {
        this.views = views;
        this.reviewChannel = reviewChannel;
        this.pdf = pdf;
        this.learnNames = learnNames;
    }

    /** The key naming the retro's post in the review channel, so later changes edit it in place. */
    static String postKey(long churnId) {
        return "churn-retro:" + churnId;
    }

    void kickoff(Handle handle, Account account, Churn churn, Retro retro, Instant now) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(retro.sponsor());
        if (retro.ta() != null) {
            recipients.add(retro.ta());
        }
        var dm = views.kickoffDm(account, churn, retro);
        for (String recipient : recipients) {
            Outbox.post(handle, "churn-kickoff:" + churn.id() + ":" + recipient, recipient, dm, now);
        }
        Outbox.postAt(handle, postKey(churn.id()), reviewChannel, postKey(churn.id()),
                views.retroPost(account, churn, retro, List.of()), now, now);
    }

    /** Edits the review-channel post to show the retro as it is now. */
    void moved(Handle handle, Account account, Churn churn, Retro retro, List<CallToAction> actions, Instant now) {
        Outbox.update(handle, postKey(churn.id()) + ":v" + retro.version(), postKey(churn.id()),
                views.retroPost(account, churn, retro, actions), now);
    }

    /** The doc is ready: the TA is asked to book the review call, the sponsor gets Mark reviewed. */
    void readyForReview(Handle handle, RetroView view, Instant now) {
        long id = view.churn().id();
        learnNames.accept(RetroPdf.people(view));
        if (view.retro().ta() != null && !view.retro().ta().equals(view.retro().sponsor())) {
            Outbox.post(handle, "churn-review:" + id + ":v" + view.retro().version() + ":ta", view.retro().ta(),
                    views.reviewDm(view, false), now);
        }
        Outbox.post(handle, "churn-review:" + id + ":v" + view.retro().version() + ":sponsor", view.retro().sponsor(),
                views.reviewDm(view, true), now);
    }

    /** The final doc as a PDF file in the review channel, with a summary as its comment. */
    void finalDoc(Handle handle, RetroView view, Instant now) {
        long id = view.churn().id();
        Outbox.postFile(handle, "churn-retro-pdf:" + id, reviewChannel, postKey(id), RetroPdf.filename(view),
                "Churn retro: " + view.account().name(), views.finalComment(view),
                pdf.render(view, UserZones.names(handle, RetroPdf.people(view)), now), now);
    }

    /** The sponsor is told once when the retro's last call to action is done. */
    void allActionsDone(Handle handle, RetroView view, Instant now) {
        Outbox.post(handle, "churn-actions-done:" + view.churn().id(), view.retro().sponsor(),
                views.allActionsDone(view), now);
    }
}
