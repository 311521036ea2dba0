package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.Contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Everything the hand-off card shows. {@code handoff} is null until someone starts the hand-off. */
public record HandoffCard(Account account, Handoff handoff, List<Contact> contacts, Checklist checklist,
                          HandoffDoc latestDoc, LocalDate today) {

    /** A dated milestone before the close: 45, 35 and 30 days. */
    public record Milestone(int daysBefore, LocalDate date, long daysLeft, String what) {
    }

    public List<Milestone> milestones() {
        LocalDate close = account.expectedCloseDate();
        if (close == null) {
            return List.of();
        }
        return List.of(milestone(close, 45, "support level and segmentation set"),
                milestone(close, 35, "TA assigned; hand-off doc and knowledge transfer"),
                milestone(close, 30, "hand-off and planning playbook"),
                milestone(close, 0, "expected close"));
    }

    private Milestone milestone(LocalDate close, int daysBefore, String what) {
        LocalDate date = close.minusDays(daysBefore);
        return new Milestone(daysBefore, date, ChronoUnit.DAYS.between(today, date), what);
    }

    public String arr() {
        return account.arrCents() == null ? null : String.format("$%,.2f", account.arrCents() / 100.0);
    }
}
