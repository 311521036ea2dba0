package dev.baton.churn;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.baton.render.Templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The final retro doc: HTML from {@code templates/churn/retro-doc.html.ftl}, made a PDF by openhtmltopdf. */
public final class RetroPdf {
    static final String TEMPLATE = "churn/retro-doc.html.ftl";

    private final Templates templates;

    public RetroPdf(Templates templates) {
        this.templates = templates;
    }

    /** {@code names}: the name to print for each Slack user id in the retro (see {@link #people}). */
    public String html(RetroView view, Map<String, String> names, Instant generatedAt) {
        return templates.render(TEMPLATE, Map.of("account", view.account(), "churn", view.churn(),
                "retro", view.retro(), "actions", view.actions(), "names", names,
                "generatedAt", generatedAt.toString()));
    }

    /** The Slack user ids the doc names: sponsor, TA, AE, reviewer and the owners of the calls to action. */
    public static Set<String> people(RetroView view) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(view.retro().sponsor(), view.retro().ta(), view.account().ae(), view.retro().reviewedBy())
                .filter(Objects::nonNull).forEach(ids::add);
        view.actions().stream().map(CallToAction::owner).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    public byte[] render(RetroView view, Map<String, String> names, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(view, names, generatedAt), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the retro PDF", e);
        }
        return out.toByteArray();
    }

    /** A file name Slack shows: the account's name reduced to safe characters. */
    static String filename(RetroView view) {
        String name = view.account().name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "churn-retro-" + (name.isEmpty() ? "account" : name.substring(0, Math.min(60, name.length())))
                + "-" + view.churn().effectiveDate() + ".pdf";
    }
}
