package dev.baton.journey;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.AccountAccess;
import dev.baton.audit.Audit;
import dev.baton.render.BlockKit;
import dev.baton.slack.ResponseUrls;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The /roles card's journey menu: a leader pauses or resumes one journey for the account (audited). */
final class JourneySlack {
    static final String ACTION_PAUSE_MENU = "journeys-pause-menu";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final BlockKit blockKit;
    private final ResponseUrls responses;

    JourneySlack(Jdbi jdbi, Clock clock, AccountAccess access, BlockKit blockKit, ResponseUrls responses) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.blockKit = blockKit;
        this.responses = responses;
    }

    Response pauseMenu(BlockActionRequest req, ActionContext ctx) {
        var action = req.getPayload().getActions().get(0);
        String[] value = (action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue()).split(":", 3);
        String user = req.getPayload().getUser().getId();
        String responseUrl = req.getPayload().getResponseUrl();
        if (value.length != 3 || !value[1].matches("\\d{1,18}")) {
            return ctx.ack();
        }
        String text = access.isLeader(user) ? change(user, value[0].equals("pause"), Long.parseLong(value[1]), value[2])
                : "Only a leader can pause or resume a journey for an account.";
        if (responseUrl != null) {
            responses.reply(responseUrl, blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text)));
        }
        return ctx.ack();
    }

    private String change(String user, boolean pause, long accountId, String journey) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            JourneyDao dao = handle.attach(JourneyDao.class);
            int changed = pause ? dao.pause(accountId, journey, user, now) : dao.resume(accountId, journey);
            if (changed == 0) {
                return "The " + journey + " journey was already " + (pause ? "paused" : "running") + " for this account.";
            }
            Audit.record(handle, now, user, accountId, pause ? "journey.paused" : "journey.resumed",
                    Map.of("journey", journey, "paused", !pause), Map.of("journey", journey, "paused", pause));
            return pause ? "Paused the " + journey + " journey for this account: no more of its emails until it is resumed."
                    : "Resumed the " + journey + " journey for this account: its due emails go out at the next send window.";
        });
    }
}
