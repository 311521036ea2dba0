package dev.baton.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/**
 * A Block Kit template function of one value (missing counts as empty text) whose answer is already Slack JSON
 * markup, so the output format puts it in as it is instead of escaping it again.
 */
abstract class TextFunction implements TemplateMethodModelEx {
    private final String usage;

    /** {@code usage}: how a template calls it, for the error when it is called otherwise. */
    TextFunction(String usage) {
        this.usage = usage;
    }

    @Override
    public final Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(usage + " takes exactly one argument");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        return SlackJsonOutputFormat.INSTANCE.fromMarkup(markup(value == null ? "" : value.toString()));
    }

    /** The markup for {@code text}. */
    abstract String markup(String text);
}
