package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.churn.CallToAction;
import dev.baton.churn.Churn;
import dev.baton.churn.ChurnKind;
import dev.baton.churn.ChurnRecorded;
import dev.baton.churn.ChurnViews;
import dev.baton.churn.Retro;
import dev.baton.churn.RetroPdf;
import dev.baton.churn.RetroStatus;
import dev.baton.churn.RetroView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Hostile fixtures for the churn workflow's templates, kept apart so TemplatesTest stays readable. */
final class ChurnTemplateFixtures {
    private ChurnTemplateFixtures() {
    }

    static Churn churn(String text) {
        return new Churn(42, 7, ChurnKind.PARTIAL, 400_000_00L, 249_999_99L, 250, 100, LocalDate.of(2026, 12, 31),
                text.substring(0, 64), text, true, "UAE1", Instant.EPOCH);
    }

    static Retro retro(String text) {
        return new Retro(42, RetroStatus.REVIEWED, "USPONSOR1", "UTA1", text, text, text, text.substring(0, 64), text, text,
                3, "UTA1", Instant.EPOCH, "USPONSOR1", Instant.EPOCH);
    }

    static List<CallToAction> actions(String text) {
        return IntStream.rangeClosed(1, 5).mapToObj(i -> new CallToAction(i, 42, i, text, "UOWNER" + i,
                LocalDate.of(2027, 1, i), i % 2 == 0 ? Instant.EPOCH : null, null)).toList();
    }

    static void add(Map<String, Supplier<JsonObject>> fixtures, Templates templates, Account account, String text) {
        BlockKit blockKit = new BlockKit(templates);
        ChurnViews views = new ChurnViews(blockKit);
        Churn churn = churn(text);
        Retro retro = retro(text);
        fixtures.put("churn/record-modal.json.ftl", () -> JsonParser.parseString(views.recordModal(account,
                List.of(text.substring(0, 60), "Budget"), Optional.of("USPONSOR1"), "7")).getAsJsonObject());
        fixtures.put("churn/recorded.json.ftl", () -> views.recorded(new ChurnRecorded.Done(account, churn, retro, text)));
        fixtures.put("churn/kickoff-dm.json.ftl", () -> views.kickoffDm(account, churn, retro));
        fixtures.put("churn/retro-post.json.ftl", () -> views.retroPost(account, churn, retro, actions(text)));
        RetroView view = new RetroView(account, churn, retro, actions(text));
        List<String> categories = List.of(text.substring(0, 64), "Budget");
        fixtures.put("churn/retro-modal.json.ftl", () -> JsonParser.parseString(views.retroModal(view, categories))
                .getAsJsonObject());
        fixtures.put("churn/review-dm.json.ftl", () -> views.reviewDm(view, true));
        fixtures.put("churn/actions-done.json.ftl", () -> views.allActionsDone(view));
        fixtures.put("churn/action-buttons.json.ftl", () -> {
            JsonObject message = new JsonObject();
            message.add("blocks", views.actionButtons(IntStream.range(0, 30).mapToObj(i -> actions(text).get(i % 5))
                    .toList()));
            return message;
        });
        fixtures.put("churn/final-comment.json.ftl", () -> {
            JsonObject message = new JsonObject();
            message.addProperty("text", views.finalComment(view));
            return message;
        });
        fixtures.put("churn/retro-doc.html.ftl", () -> {
            RetroPdf pdf = new RetroPdf(templates);
            Map<String, String> names = RetroPdf.people(view).stream()
                    .collect(java.util.stream.Collectors.toMap(id -> id, id -> text));
            JsonObject rendered = new JsonObject();
            rendered.addProperty("html_length", pdf.html(view, names, Instant.EPOCH).length());
            rendered.addProperty("pdf_bytes", pdf.render(view, names, Instant.EPOCH).length);
            return rendered;
        });
    }
}
