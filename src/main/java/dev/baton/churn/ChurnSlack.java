package dev.baton.churn;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.GlobalShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountMatch;
import dev.baton.render.BlockKit;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.SlackResponses;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The handlers of the Record churn shortcut, the card's Record churn button and the record modal's submission. */
final class ChurnSlack {
    private final ChurnRecording recording;
    private final AccountDirectory accounts;
    private final ChurnViews views;

    ChurnSlack(ChurnRecording recording, AccountDirectory accounts, ChurnViews views) {
        this.recording = recording;
        this.accounts = accounts;
        this.views = views;
    }

    Response shortcut(GlobalShortcutRequest req, GlobalShortcutContext ctx) {
        open(ctx.client(), req.getPayload().getTriggerId(), null);
        return ctx.ack();
    }

    Response recordButton(BlockActionRequest req, ActionContext ctx) {
        long accountId = ActionValue.parse(req.getPayload().getActions().get(0).getValue()).first();
        accounts.byId(accountId).ifPresent(account -> open(ctx.client(), req.getPayload().getTriggerId(), account));
        return ctx.ack();
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        String user = req.getPayload().getUser().getId();
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        long accountId = ActionValue.parse(req.getPayload().getView().getPrivateMetadata()).first();
        if (accountId <= 0) {
            String typed = values.any(ChurnIds.FIELD_ACCOUNT);
            AccountMatch match = accounts.find(typed == null ? "" : typed);
            if (!(match instanceof AccountMatch.Found found)) {
                return SlackResponses.viewErrors(Map.of(ChurnIds.FIELD_ACCOUNT, accountProblem(match)));
            }
            accountId = found.account().id();
        }
        Map<String, String> fields = new HashMap<>();
        ChurnForm.NAMES.forEach(name -> fields.put(name, values.any(ChurnIds.block(name))));
        ChurnRecorded recorded = recording.record(user, accountId, new ChurnForm(fields));
        if (recorded instanceof ChurnRecorded.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, problem) -> errors.put(ChurnIds.block(field), problem));
            return SlackResponses.viewErrors(errors);
        }
        if (recorded instanceof ChurnRecorded.Forbidden forbidden) {
            return SlackResponses.viewErrors(Map.of(ChurnIds.block(ChurnForm.REASON),
                    "Only " + forbidden.accountName() + "'s account team or a leader can record its churn."));
        }
        if (recorded instanceof ChurnRecorded.Gone gone) {
            return SlackResponses.viewErrors(Map.of(ChurnIds.block(ChurnForm.REASON), gone.what()));
        }
        return updateView(views.recorded((ChurnRecorded.Done) recorded));
    }

    private static String accountProblem(AccountMatch match) {
        if (match instanceof AccountMatch.Several several) {
            return "Several accounts match: " + String.join(", ", several.candidates().stream()
                    .map(Account::name).limit(5).toList()) + ". Type the full name or the CRM id.";
        }
        AccountMatch.None none = (AccountMatch.None) match;
        return "No account matches '" + none.query() + "'" + (none.nearest().isEmpty() ? "."
                : ". Did you mean " + String.join(", ", none.nearest()) + "?");
    }

    private void open(com.slack.api.methods.MethodsClient client, String triggerId, Account account) {
        String metadata = account == null ? "" : String.valueOf(account.id());
        String view = views.recordModal(account, recording.categories(), recording.configuredSponsor(), metadata);
        // From a shortcut or a command there is no message to answer on; the refusal is logged.
        Modals.open(client, triggerId, view);
    }

    static Response updateView(JsonObject view) {
        JsonObject body = new JsonObject();
        body.addProperty("response_action", "update");
        body.add("view", JsonParser.parseString(BlockKit.toJson(view)));
        return SlackResponses.json(200, BlockKit.toJson(body));
    }
}
