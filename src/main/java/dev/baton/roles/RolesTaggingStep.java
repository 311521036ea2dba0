package dev.baton.roles;

import com.google.gson.JsonArray;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.RoleCoverage;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.WorkingHours;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seven days after the contract is signed (or the closed-won date): every known contact tagged and the
 * required roles covered, or the CE is reminded with the account's /roles card.
 */
public final class RolesTaggingStep implements TimelineStep {
    public static final String ID = "roles-tagged";
    static final Duration AFTER_SIGNING = Duration.ofDays(7);

    private final RolesViews views;
    private final Set<String> leaders;

    public RolesTaggingStep(RolesViews views, Set<String> leaders) {
        this.views = views;
        this.leaders = leaders;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Instant> dueAt(Account account, ZoneId zone) {
        Instant signed = account.contractSignedAt() != null ? account.contractSignedAt()
                : account.closedWonDate() != null ? account.closedWonDate().atStartOfDay(zone).toInstant() : null;
        return Optional.ofNullable(signed).map(at -> WorkingHours.next(at.plus(AFTER_SIGNING), zone));
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        List<Contact> contacts = Contacts.forAccount(handle, account.id());
        RoleCoverage coverage = RoleCoverage.of(contacts);
        if (coverage.complete() && coverage.untagged() == 0) {
            return new StepCheck.Satisfied("every contact tagged and the required roles covered");
        }
        List<String> details = new ArrayList<>();
        if (!coverage.complete()) {
            details.add("Missing: " + coverage.missingLabels());
        }
        if (coverage.untagged() > 0) {
            details.add(coverage.untagged() + " contact" + (coverage.untagged() == 1 ? " has" : "s have") + " no role yet");
        }
        if (contacts.isEmpty()) {
            details.add("No contacts yet: tag the customer's people as you meet them");
        }
        String recipient = account.ce() != null ? account.ce() : account.ae();
        List<String> recipients = recipient != null ? List.of(recipient) : List.copyOf(leaders);
        JsonArray card = views.card(new RolesCard(account, contacts, coverage, null), true, 1, null, null)
                .getAsJsonArray("blocks");
        return new StepCheck.Needed(recipients, "tag the contacts and cover the required roles", details, card);
    }

    /** The contact modal of the account's /roles card, its first page. */
    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(new StepForm(RolesIds.ACTION_TAG, "Tag a contact", account.id() + ":1"));
    }
}
