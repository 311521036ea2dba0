package dev.baton.roles;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Role;
import dev.baton.render.BlockKit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the roles workflow's data into Block Kit through the templates under {@code templates/roles/}. */
public final class RolesViews {
    static final int PAGE_SIZE = 20;

    private static final String CARD = "roles/card.json.ftl";

    private final BlockKit blockKit;

    public RolesViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** The ephemeral card for one account, one page of contacts at a time. */
    public JsonObject card(RolesCard card, boolean canChange, int page, String notice, Contact confirmRemoval) {
        return blockKit.renderTree(CARD, cardModel(card, canChange, page, notice, confirmRemoval));
    }

    /** The card's first page as the answer to {@code /roles <account>}, ready to send. */
    public String cardAnswer(RolesCard card, boolean canChange) {
        return blockKit.renderEphemeral(CARD, cardModel(card, canChange, 1, null, null));
    }

    private static Map<String, Object> cardModel(RolesCard card, boolean canChange, int page, String notice,
                                                 Contact confirmRemoval) {
        int pages = Math.max(1, (card.contacts().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Contact> shown = card.contacts().subList((current - 1) * PAGE_SIZE,
                Math.min(card.contacts().size(), current * PAGE_SIZE));
        List<Map<String, Object>> required = new ArrayList<>();
        card.coverage().holders().forEach((role, holders) -> required.add(Map.of(
                "label", role.label(), "covered", !holders.isEmpty(),
                "holders", String.join(", ", holders.stream().map(Contact::displayName).toList()))));
        Map<String, Object> model = new HashMap<>();
        model.put("account", card.account());
        model.put("contacts", shown);
        model.put("total", card.contacts().size());
        model.put("required", required);
        model.put("missing", card.coverage().missingLabels());
        model.put("untagged", card.coverage().untagged());
        model.put("page", current);
        model.put("pages", pages);
        model.put("canChange", canChange);
        model.put("notice", notice == null ? "" : notice);
        if (card.lighthouse() != null) {
            model.put("lighthouse", card.lighthouse());
            model.put("lighthouseSince", card.lighthouse().nominatedAt().toString().substring(0, 10));
        }
        model.put("digital", card.digital());
        if (confirmRemoval != null) {
            model.put("confirmRemoval", confirmRemoval);
        }
        if (card.health() != null && card.health().score() != null) {
            model.put("health", Map.of("score", card.health().score(), "band", card.health().band(),
                    "trend", card.health().trend(), "missing", missingLabels(card.health().missing())));
        }
        return model;
    }

    /** The health score's missing inputs as the card names them ("Utilisation, Version currency"). */
    private static String missingLabels(String missing) {
        if (missing == null || missing.isBlank()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (String key : missing.split(",")) {
            String spaced = key.replace('_', ' ');
            labels.add(Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1));
        }
        return String.join(", ", labels);
    }

    /** The modal to add a contact, or to edit {@code contact} when it is given. */
    public String contactModal(Account account, Contact contact, String privateMetadata) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("roles", List.of(Role.values()));
        model.put("metadata", privateMetadata);
        if (contact != null) {
            model.put("contact", contact);
        }
        return blockKit.render("roles/contact-modal.json.ftl", model);
    }

    public JsonObject overview(List<Account> uncovered, String userId) {
        return blockKit.renderTree("roles/overview.json.ftl", Map.of("accounts", uncovered, "userId", userId,
                "roleNames", Role.validNames()));
    }

    public JsonObject choices(String query, List<Account> candidates) {
        return blockKit.renderTree("roles/choices.json.ftl", Map.of("query", query, "accounts", candidates));
    }

    public JsonObject notFound(String query, List<String> nearest) {
        return blockKit.renderTree("roles/not-found.json.ftl", Map.of("query", query, "nearest", nearest));
    }

    /** Why a user who may only view cannot change this account's contacts, and who can. */
    public JsonObject forbidden(String accountName, java.util.Set<String> team) {
        return blockKit.renderTree("roles/forbidden.json.ftl", Map.of("accountName", accountName, "team", List.copyOf(team)));
    }

    /** A short ephemeral message: a problem, a refusal or a hint. */
    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
