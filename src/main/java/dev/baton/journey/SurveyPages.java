package dev.baton.journey;

import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.HealthDirty;
import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 30-day survey's pages: a score link opens a page that shows the score and offers a comment (a GET records
 * nothing, so a mail scanner opening every score link answers nothing); sending it stores the answer once per
 * email, posts it to the account team, marks the account's health for a recompute (answers count for engagement),
 * and a score of {@value #ALERT_AT} or less tells the TA at once.
 */
final class SurveyPages {
    static final int ALERT_AT = 6;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Templates templates;
    private final BlockKit blockKit;
    private final SignedLinks links;
    private final JourneyPages pages;

    SurveyPages(Jdbi jdbi, Clock clock, Templates templates, BlockKit blockKit, SignedLinks links, JourneyPages pages) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.templates = templates;
        this.blockKit = blockKit;
        this.links = links;
        this.pages = pages;
    }

    Response page(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        int score = score(query);
        if (score < 0 || !links.valid("survey:" + FormFields.id(query), query.get("s"))) {
            return pages.invalid();
        }
        return JourneyPages.html(200, templates.render("journeys/survey-page.html.ftl", Map.of("score", score,
                "action", SignedLinks.SURVEY + "?" + req.getQueryString())));
    }

    Response answer(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        long id = FormFields.id(query);
        int score = score(query);
        if (score < 0 || !links.valid("survey:" + id, query.get("s"))) {
            return pages.invalid();
        }
        String comment = FormFields.parse(req.getRequestBodyAsString()).getOrDefault("comment", "").trim();
        String kept = comment.isEmpty() ? null : comment.length() > 4000 ? comment.substring(0, 4000) : comment;
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            JourneyDao dao = handle.attach(JourneyDao.class);
            var message = dao.message(id);
            var contact = message.flatMap(m -> dao.contact(m.contactId()));
            var team = message.flatMap(m -> handle.attach(SurveyDao.class).team(m.accountId()));
            if (contact.isEmpty() || team.isEmpty()) {
                return pages.invalid();
            }
            boolean first = handle.attach(SurveyDao.class).answer(team.get().id(), contact.get().id(),
                    contact.get().email(), id, score, kept, now) == 1;
            if (first) {
                tell(handle, team.get(), contact.get(), id, score, kept, now);
                HealthDirty.mark(handle, team.get().id(), now); // an answer is an engagement signal of the score
            }
            return JourneyPages.html(200, templates.render("journeys/survey-thanks-page.html.ftl",
                    Map.of("already", !first, "account", team.get().name())));
        });
    }

    private void tell(Handle handle, SurveyDao.Team team, JourneyContact contact, long id, int score, String comment,
                      Instant now) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("account", team.name());
        model.put("contact", contact.displayName());
        model.put("score", score);
        model.put("comment", comment == null ? "" : comment);
        Audit.record(handle, now, "email:" + contact.email(), team.id(), "journey.survey.answered", null, model);
        String where = team.slackChannel() != null ? team.slackChannel() : team.ae() != null ? team.ae() : team.lead();
        if (where != null) {
            Outbox.post(handle, "journey-survey:" + id, where, blockKit.renderTree("journeys/survey-answer.json.ftl", model), now);
        }
        if (score <= ALERT_AT && team.lead() != null) {
            Outbox.post(handle, "journey-survey-alert:" + id, team.lead(),
                    blockKit.renderTree("journeys/survey-alert.json.ftl", model), now);
        }
    }

    private static int score(Map<String, String> query) {
        String raw = query.get("score");
        return raw != null && raw.matches("10|[0-9]") ? Integer.parseInt(raw) : -1;
    }
}
