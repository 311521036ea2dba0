package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.RoleCoverage;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.store.StoredText;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-off checklist of an account, as the card shows it: what is done, what is missing, and the
 * button that fixes each missing item. Items before the close block it; the rest follow it.
 */
public record Checklist(List<Item> items) {
    /** One line: {@code action} is the button id that fixes it (null when nothing in Baton does). */
    public record Item(String key, String label, boolean done, boolean beforeClose, String detail, String action,
                       String actionLabel) {
    }

    public static Checklist of(Account a, Handoff h, RoleCoverage coverage, boolean docFinal) {
        boolean scaled = a.serviceModel() == ServiceModel.SCALED;
        boolean named = a.serviceModel() == ServiceModel.NAMED;
        List<Item> items = new ArrayList<>();
        items.add(new Item("segmentation", "TA segmentation set", a.taSegmentation() != null, true,
                a.taSegmentation() != null ? a.taSegmentation().stored()
                        : a.segment() == Segment.SMB ? "SMB accounts: Digital" : null,
                HandoffIds.ACTION_ASSIGN, "Set (leaders)"));
        items.add(new Item("support-level", "TA support level set", a.taSupportLevel() != null, true,
                StoredText.storedOrNull(a.taSupportLevel()),
                HandoffIds.ACTION_ASSIGN, "Set (leaders)"));
        if (!scaled) {
            items.add(new Item("ta", "TA assigned", a.ta() != null, true, null, HandoffIds.ACTION_ASSIGN, "Assign (leaders)"));
        }
        boolean tagged = coverage.complete() && coverage.untagged() == 0;
        items.add(new Item("contacts", "Contacts tagged, required roles covered", tagged, true,
                tagged ? null : coverage.complete() ? coverage.untagged() + " untagged" : "Missing: " + coverage.missingLabels(),
                "roles-open-account", "Tag contacts"));
        items.add(new Item("doc", "Hand-off doc complete", docFinal, true, null, HandoffIds.ACTION_DOC, "Fill hand-off doc"));
        items.add(new Item("kt", "Knowledge transfer scheduled", h != null && h.ktAt() != null, true, null,
                HandoffIds.ACTION_KT, "Schedule"));
        boolean closed = h != null && h.closedWonAt() != null;
        items.add(new Item("closed-won", "Closed-won", closed, false, null, HandoffIds.ACTION_CLOSE, "Mark closed-won"));
        items.add(new Item("license", "Production license created", h != null && h.licenseRecorded(), false,
                h != null && h.licenseRecorded() ? h.licenseKeyId() + " · " + h.licenseSeats() + " seats · expires "
                        + h.licenseExpires() : null, closed ? HandoffIds.ACTION_LICENSE : null, "Record license"));
        items.add(new Item("welcome", "Welcome email sent", h != null && h.welcomeSentAt() != null, false, null,
                closed && named ? HandoffIds.ACTION_WELCOME_SENT : null, "Mark sent"));
        if (named) {
            items.add(new Item("expand", "Expand hand-over complete", h != null && h.expandDoneAt() != null, false,
                    a.expandAe() == null ? "No Expand AE on the account yet" : null,
                    closed ? HandoffIds.ACTION_EXPAND : null, "Hand-over checklist"));
        }
        return new Checklist(List.copyOf(items));
    }

    /** What still blocks the close, by label. */
    public List<String> missingBeforeClose() {
        return items.stream().filter(i -> i.beforeClose() && !i.done()).map(Item::label).toList();
    }

    public long doneCount() {
        return items.stream().filter(Item::done).count();
    }
}
