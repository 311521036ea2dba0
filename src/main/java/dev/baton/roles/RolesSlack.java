package dev.baton.roles;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountMatch;
import dev.baton.account.Contact;
import dev.baton.account.Role;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;
import dev.baton.slack.SlackResponses;

import java.util.Map;
import java.util.Optional;

/** The handlers of {@code /roles}, its card's buttons and the contact modal: parse, call the service, answer. */
final class RolesSlack {
    private final RolesService service;
    private final AccountDirectory accounts;
    private final RolesViews views;
    private final ResponseUrls responses;

    RolesSlack(RolesService service, AccountDirectory accounts, RolesViews views, ResponseUrls responses) {
        this.service = service;
        this.accounts = accounts;
        this.views = views;
        this.responses = responses;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        String user = req.getPayload().getUserId();
        RolesCommand command = RolesCommand.parse(req.getPayload().getText());
        if (command instanceof RolesCommand.Overview) {
            return SlackResponses.ephemeral(views.overview(service.uncovered(user, 20), user));
        }
        if (command instanceof RolesCommand.UnknownRoles unknown) {
            return SlackResponses.ephemeral(views.notice("Unknown role: " + String.join(", ", unknown.unknown())
                    + ". The seven roles are: " + Role.validNames() + "."));
        }
        String typed = command instanceof RolesCommand.Tag tag ? tag.account() : ((RolesCommand.Show) command).account();
        boolean showing = command instanceof RolesCommand.Show;
        // showing a card: the lookup and the contacts share one database handle
        AccountDirectory.Lookup<RolesCard> lookup = accounts.find(typed, (handle, found) ->
                showing ? service.card(handle, found) : null);
        AccountMatch match = lookup.match();
        if (match instanceof AccountMatch.Several several) {
            return SlackResponses.ephemeral(views.choices(typed, several.candidates()));
        }
        if (match instanceof AccountMatch.None none) {
            return SlackResponses.ephemeral(views.notFound(none.query(), none.nearest()));
        }
        Account account = ((AccountMatch.Found) match).account();
        if (command instanceof RolesCommand.Tag tag) {
            return SlackResponses.ephemeral(answer(service.tag(user, account.id(), tag.email(), tag.roles()), user, 1));
        }
        return SlackResponses.json(200, views.cardAnswer(lookup.details(), service.mayChange(user, account)));
    }

    Response tagButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        ActionValue value = ActionValue.parse(payload.getActions().get(0).getValue());
        openModal(ctx, payload, value.first(), null, value.second());
        return ctx.ack();
    }

    Response contactMenu(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        BlockActionPayload.Action action = payload.getActions().get(0);
        String selected = action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue();
        ActionValue value = ActionValue.parse(selected.substring(selected.indexOf(':') + 1));
        if (selected.startsWith("edit:")) {
            openModal(ctx, payload, value.first(), value.second(), 1);
        } else if (selected.startsWith("remove:")) {
            String user = payload.getUser().getId();
            service.card(value.first()).ifPresent(card -> card.contacts().stream()
                    .filter(c -> c.id() == value.second()).findFirst()
                    .ifPresentOrElse(
                            c -> responses.replace(payload.getResponseUrl(),
                                    views.card(card, service.mayChange(user, card.account()), 1, null, c)),
                            () -> responses.reply(payload.getResponseUrl(), views.notice("That contact was already removed."))));
        }
        return ctx.ack();
    }

    Response removeButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        ActionValue value = ActionValue.parse(payload.getActions().get(0).getValue());
        String user = payload.getUser().getId();
        RolesChange change = service.remove(user, value.first(), value.second());
        respond(payload.getResponseUrl(), change, user, 1);
        return ctx.ack();
    }

    Response openAccount(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        showCard(payload, ActionValue.parse(payload.getActions().get(0).getValue()).first(), 1);
        return ctx.ack();
    }

    Response pageButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        ActionValue value = ActionValue.parse(payload.getActions().get(0).getValue());
        showCard(payload, value.first(), (int) value.second());
        return ctx.ack();
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        String user = req.getPayload().getUser().getId();
        Optional<ModalState> state = ModalState.parse(req.getPayload().getView().getPrivateMetadata());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(RolesIds.FIELD_NAME, "This form is out of date: run /roles again."));
        }
        ContactForm form = ContactForm.read(new ModalValues(req.getPayload().getView().getState()));
        RolesChange change = service.save(user, state.get().accountId(), state.get().contactId(), form);
        if (change instanceof RolesChange.Invalid invalid) {
            return SlackResponses.viewErrors(invalid.problems());
        }
        if (change instanceof RolesChange.Forbidden forbidden) {
            return SlackResponses.viewErrors(Map.of(RolesIds.FIELD_NAME, "Only " + forbidden.accountName()
                    + "'s account team or a leader can change its contacts."));
        }
        if (change instanceof RolesChange.Gone gone) {
            return SlackResponses.viewErrors(Map.of(RolesIds.FIELD_NAME, gone.what()));
        }
        respond(state.get().responseUrl(), change, user, state.get().page());
        return ctx.ack();
    }

    private void openModal(ActionContext ctx, BlockActionPayload payload, long accountId, Long contactId, long page) {
        String user = payload.getUser().getId();
        Optional<RolesCard> card = service.card(accountId);
        if (card.isEmpty()) {
            responses.reply(payload.getResponseUrl(), views.notice("That account no longer exists."));
            return;
        }
        Account account = card.get().account();
        if (!service.mayChange(user, account)) {
            responses.reply(payload.getResponseUrl(), views.forbidden(account.name(), account.team()));
            return;
        }
        Contact contact = contactId == null ? null
                : card.get().contacts().stream().filter(c -> c.id() == contactId).findFirst().orElse(null);
        String metadata = new ModalState(accountId, contact == null ? null : contact.id(), (int) page,
                payload.getResponseUrl()).toJson();
        Modals.open(ctx.client(), payload.getTriggerId(), views.contactModal(account, contact, metadata))
                .ifPresent(refusal -> responses.reply(payload.getResponseUrl(), views.notice(refusal.sentence("the form"))));
    }

    private void showCard(BlockActionPayload payload, long accountId, int page) {
        String user = payload.getUser().getId();
        service.card(accountId).ifPresentOrElse(
                card -> responses.replace(payload.getResponseUrl(),
                        views.card(card, service.mayChange(user, card.account()), page, null, null)),
                () -> responses.reply(payload.getResponseUrl(), views.notice("That account no longer exists.")));
    }

    private void respond(String responseUrl, RolesChange change, String user, int page) {
        if (change instanceof RolesChange.Done done) {
            responses.replace(responseUrl, views.card(done.card(), true, page, done.notice(), null));
        } else {
            responses.reply(responseUrl, answer(change, user, page));
        }
    }

    private JsonObject answer(RolesChange change, String user, int page) {
        if (change instanceof RolesChange.Done done) {
            return views.card(done.card(), true, page, done.notice(), null);
        }
        if (change instanceof RolesChange.Forbidden forbidden) {
            return views.forbidden(forbidden.accountName(), forbidden.team());
        }
        if (change instanceof RolesChange.Invalid invalid) {
            return views.notice(String.join(" ", invalid.problems().values()));
        }
        return views.notice(((RolesChange.Gone) change).what());
    }
}
