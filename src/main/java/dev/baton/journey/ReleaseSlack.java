package dev.baton.journey;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.context.builtin.GlobalShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.AccountAccess;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.SlackResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Post a release shortcut: its modal, and the submission a leader makes (mistakes shown on their fields). */
final class ReleaseSlack {
    static final String SHORTCUT = "journeys-release-shortcut";
    static final String MODAL = "journeys-release-modal";
    static final String FIELD = "journeys-release-";

    private final Releases releases;
    private final AccountAccess access;
    private final Templates templates;
    private final BlockKit blockKit;

    ReleaseSlack(Releases releases, AccountAccess access, Templates templates, BlockKit blockKit) {
        this.releases = releases;
        this.access = access;
        this.templates = templates;
        this.blockKit = blockKit;
    }

    Response shortcut(GlobalShortcutRequest req, GlobalShortcutContext ctx) {
        Modals.open(ctx.client(), req.getPayload().getTriggerId(), templates.render("journeys/release-modal.json.ftl", Map.of()));
        return ctx.ack();
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        String user = req.getPayload().getUser().getId();
        if (!access.isLeader(user)) {
            return SlackResponses.viewErrors(Map.of(FIELD + "title", "Only a leader can post a product release."));
        }
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        String title = values.any(FIELD + "title");
        Releases.Posted posted = releases.post(user, title, values.any(FIELD + "summary"), values.any(FIELD + "link"));
        if (posted instanceof Releases.Posted.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, problem) -> errors.put(FIELD + field, problem));
            return SlackResponses.viewErrors(errors);
        }
        JsonObject body = new JsonObject();
        body.addProperty("response_action", "update");
        body.add("view", JsonParser.parseString(BlockKit.toJson(
                blockKit.renderTree("journeys/release-posted.json.ftl", Map.of("title", title.trim())))));
        return SlackResponses.json(200, BlockKit.toJson(body));
    }
}
