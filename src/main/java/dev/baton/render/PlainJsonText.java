package dev.baton.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/**
 * {@code plain(x)} in Block Kit templates: JSON escaping only, for {@code plain_text} objects and
 * input values, where Slack shows entities literally and a mrkdwn escape would corrupt what users typed.
 */
final class PlainJsonText implements TemplateMethodModelEx {
    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("plain(x) takes exactly one argument");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        String text = value == null ? "" : value.toString();
        return SlackJsonOutputFormat.INSTANCE.fromMarkup(JsonText.escape(text, false));
    }
}
