package dev.baton.render;

import java.util.regex.Pattern;

/**
 * {@code mention(userId)} in Block Kit templates: a real {@code <@U…>} mention for a well-formed Slack
 * user id, and nothing for anything else, so stored text can never smuggle in a special mention.
 */
final class SlackMention extends TextFunction {
    private static final Pattern USER_ID = Pattern.compile("^[UW][A-Z0-9]{2,20}$");

    SlackMention() {
        super("mention(userId)");
    }

    @Override
    String markup(String id) {
        return USER_ID.matcher(id).matches() ? "<@" + id + ">" : "";
    }
}
