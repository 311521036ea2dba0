package dev.baton.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markup value of {@link SlackJsonOutputFormat}: text already escaped for a JSON string. */
final class SlackJsonMarkup extends CommonTemplateMarkupOutputModel<SlackJsonMarkup> {
    SlackJsonMarkup(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public SlackJsonOutputFormat getOutputFormat() {
        return SlackJsonOutputFormat.INSTANCE;
    }
}
