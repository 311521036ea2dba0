package dev.baton.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake Slack's memory of what was posted where, so it can answer {@code conversations.history} and
 * {@code conversations.replies} (with each post's metadata) and {@code conversations.open} as Slack does.
 */
final class FakeConversations {
    private record Post(String conversation, String threadTs, String ts, String text, String metadata) {
    }

    private final List<Post> posts = new CopyOnWriteArrayList<>();

    /** The conversation Slack answers for a post to {@code channel}: a user's DM is its IM channel. */
    static String conversationOf(String channel) {
        return channel.startsWith("U") || channel.startsWith("W") ? "D" + channel.substring(1) : channel;
    }

    void posted(String channel, String threadTs, String ts, String text, String metadata) {
        posts.add(new Post(conversationOf(channel), threadTs, ts, text, metadata));
    }

    /** Fills in the answer to {@code method}; false when it is not a conversations method. */
    boolean answer(String method, Map<String, String> params, JsonObject answer) {
        switch (method) {
            case "conversations.open" -> {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", conversationOf(params.getOrDefault("users", "UX").split(",")[0]));
                answer.add("channel", channel);
            }
            case "conversations.history" -> answer.add("messages", messages(params, false));
            case "conversations.replies" -> answer.add("messages", messages(params, true));
            default -> {
                return false;
            }
        }
        return true;
    }

    private JsonArray messages(Map<String, String> params, boolean replies) {
        String conversation = params.get("channel");
        BigDecimal oldest = new BigDecimal(params.getOrDefault("oldest", "0"));
        String metadataAsked = params.getOrDefault("include_all_metadata", "0");
        boolean withMetadata = metadataAsked.equals("1") || metadataAsked.equals("true");
        JsonArray messages = new JsonArray();
        // newest first, as Slack lists a conversation's history
        List<Post> snapshot = List.copyOf(posts);
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            Post post = snapshot.get(i);
            boolean inPlace = replies ? params.get("ts").equals(post.threadTs()) : post.threadTs() == null;
            if (post.conversation().equals(conversation) && inPlace && new BigDecimal(post.ts()).compareTo(oldest) >= 0) {
                messages.add(message(post, withMetadata));
            }
        }
        return messages;
    }

    private static JsonObject message(Post post, boolean withMetadata) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", post.ts());
        message.addProperty("text", post.text());
        if (withMetadata && post.metadata() != null) {
            message.add("metadata", JsonParser.parseString(post.metadata()));
        }
        return message;
    }
}
