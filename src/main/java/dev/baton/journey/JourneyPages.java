package dev.baton.journey;

import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.HealthDirty;
import dev.baton.audit.Audit;
import dev.baton.render.Templates;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The pages a journey email's links open, served by Baton: unsubscribe (the page asks, a POST confirms, so a mail
 * scanner's GET never unsubscribes anyone; an RFC 8058 one-click POST confirms at once), the tracked click redirect
 * (only to the address the link was signed for) and the open pixel. Every link is checked against its signature.
 */
final class JourneyPages {
    /** A blank 1x1 image in plain text: Bolt writes a response body as text, which a GIF's bytes do not survive. */
    private static final String PIXEL = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Templates templates;
    private final SignedLinks links;
    private final String supportUrl;

    JourneyPages(Jdbi jdbi, Clock clock, Templates templates, SignedLinks links, String supportUrl) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.templates = templates;
        this.links = links;
        this.supportUrl = supportUrl;
    }

    Response unsubscribePage(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        long id = FormFields.id(query);
        if (!links.valid("unsubscribe:" + id, query.get("s"))) {
            return invalid();
        }
        return jdbi.withExtension(JourneyDao.class, dao -> dao.message(id).flatMap(m -> dao.contact(m.contactId())))
                .map(contact -> html(200, templates.render("journeys/unsubscribe-page.html.ftl", Map.of(
                        "email", contact.email(), "account", accountName(contact.accountId()),
                        "action", SignedLinks.UNSUBSCRIBE + "?" + req.getQueryString()))))
                .orElseGet(this::invalid);
    }

    /** The page's button and a mail client's one-click POST ({@code List-Unsubscribe=One-Click}) both confirm. */
    Response unsubscribe(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        long id = FormFields.id(query);
        if (!links.valid("unsubscribe:" + id, query.get("s"))) {
            return invalid();
        }
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            JourneyDao dao = handle.attach(JourneyDao.class);
            var contact = dao.message(id).flatMap(m -> dao.contact(m.contactId()));
            if (contact.isEmpty()) {
                return invalid();
            }
            if (dao.unsubscribe(contact.get().id(), now) == 1) {
                Audit.record(handle, now, "email:" + contact.get().email(), contact.get().accountId(),
                        "journey.contact.unsubscribed", Map.of("email", contact.get().email(), "unsubscribed", false),
                        Map.of("email", contact.get().email(), "unsubscribed", true, "message", id));
            }
            return html(200, templates.render("journeys/unsubscribed-page.html.ftl", Map.of(
                    "email", contact.get().email(), "account", accountName(handle, contact.get().accountId()))));
        });
    }

    /** Counts the click and redirects to the link's own address, which the signature covers. */
    Response click(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        long id = FormFields.id(query);
        String url = query.get("u");
        if (url == null || !links.valid("click:" + id + ":" + url, query.get("s"))) {
            return invalid();
        }
        jdbi.useTransaction(handle -> engaged(handle, handle.attach(JourneyDao.class).countClick(id), id));
        Response response = Response.builder().statusCode(302).contentType("text/plain").body("").build();
        response.setHeaders(Map.of("Location", List.of(url), "Cache-Control", List.of("no-store")));
        return response;
    }

    Response open(WebEndpointRequest req) {
        Map<String, String> query = FormFields.parse(req.getQueryString());
        long id = FormFields.id(query);
        if (links.valid("open:" + id, query.get("s"))) {
            jdbi.useTransaction(handle -> engaged(handle, handle.attach(JourneyDao.class).countOpen(id), id));
        }
        Response response = Response.builder().statusCode(200).contentType("image/svg+xml").body(PIXEL).build();
        response.setHeaders(Map.of("Cache-Control", List.of("no-store")));
        return response;
    }

    /** An email's first open or click marks its account's health for a recompute (email engagement). */
    private void engaged(Handle handle, int counted, long id) {
        if (counted == 1) {
            handle.attach(JourneyDao.class).firstEngaged(id)
                    .ifPresent(accountId -> HealthDirty.mark(handle, accountId, clock.instant()));
        }
    }

    private String accountName(long accountId) {
        return jdbi.withHandle(handle -> accountName(handle, accountId));
    }

    private static String accountName(org.jdbi.v3.core.Handle handle, long accountId) {
        return handle.attach(SurveyDao.class).team(accountId).map(SurveyDao.Team::name).orElse("your account");
    }

    Response invalid() {
        return html(404, templates.render("journeys/link-invalid-page.html.ftl", Map.of("support", supportUrl)));
    }

    static Response html(int status, String body) {
        return Response.builder().statusCode(status).contentType("text/html; charset=utf-8").body(body).build();
    }
}
