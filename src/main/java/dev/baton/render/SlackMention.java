package dev.baton.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code mention(userId)} in Block Kit templates: a real {@code <@U…>} mention for a well-formed Slack
 * user id, and nothing for anything else, so stored text can never smuggle in a special mention.
 */
final class SlackMention implements TemplateMethodModelEx {
    private static final Pattern USER_ID = Pattern.compile("^[UW][A-Z0-9]{2,20}$");

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("mention(userId) takes exactly one argument");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        String id = value == null ? "" : value.toString();
        return SlackJsonOutputFormat.INSTANCE.fromMarkup(USER_ID.matcher(id).matches() ? "<@" + id + ">" : "");
    }
}
