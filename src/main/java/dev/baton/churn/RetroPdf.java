package dev.baton.churn;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.baton.render.Templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/** The final retro doc: HTML from {@code templates/churn/retro-doc.html.ftl}, made a PDF by openhtmltopdf. */
public final class RetroPdf {
    static final String TEMPLATE = "churn/retro-doc.html.ftl";

    private final Templates templates;

    public RetroPdf(Templates templates) {
        this.templates = templates;
    }

    public String html(RetroView view, Instant generatedAt) {
        return templates.render(TEMPLATE, Map.of("account", view.account(), "churn", view.churn(),
                "retro", view.retro(), "actions", view.actions(), "generatedAt", generatedAt.toString()));
    }

    public byte[] render(RetroView view, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(view, generatedAt), null);
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
