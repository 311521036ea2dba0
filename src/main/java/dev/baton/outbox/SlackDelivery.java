package dev.baton.outbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;

import java.time.Duration;
import java.util.Set;

/** Makes the one Slack Web API call an outbox row asks for, and says what came of it. */
final class SlackDelivery {
    /** Slack errors that no retry will fix: a person has to act. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "invalid_blocks", "msg_too_long", "no_text", "invalid_auth", "account_inactive",
            "token_revoked", "missing_scope", "restricted_action", "cannot_dm_bot", "user_disabled",
            "message_not_found", "cant_update_message", "edit_window_closed");

    private final MethodsClient slack;

    SlackDelivery(MethodsClient slack) {
        this.slack = slack;
    }

    /**
     * Posts the row (a thread reply when {@code target} is its parent), edits the message at {@code target}
     * (an update), or uploads {@code file} (a file row).
     */
    Delivery send(OutboxMessage message, PostedMessage target, byte[] file) {
        try {
            JsonObject payload = JsonParser.parseString(message.payload()).getAsJsonObject();
            if (Outbox.SLACK_FILE.equals(message.kind())) {
                String channel = target == null ? message.channel() : target.channel();
                FilesUploadV2Response response = slack.filesUploadV2(r -> r.channel(channel).fileData(file)
                        .filename(payload.get("filename").getAsString()).title(payload.get("title").getAsString())
                        .initialComment(payload.get("initial_comment").getAsString()));
                String fileId = response.getFile() == null ? "" : response.getFile().getId();
                return outcome(response, channel, fileId, channel);
            }
            String text = payload.has("text") ? payload.get("text").getAsString() : "";
            String blocks = payload.has("blocks") ? payload.get("blocks").toString() : null;
            if (Outbox.SLACK_UPDATE.equals(message.kind())) {
                ChatUpdateResponse response = slack.chatUpdate(r -> r.channel(target.channel()).ts(target.ts())
                        .text(text).blocksAsString(blocks));
                return outcome(response, target.channel(), target.ts(), target.channel());
            }
            // a thread reply goes to the channel its parent went to (target is its parent)
            String channel = target == null ? message.channel() : target.channel();
            String threadTs = target == null ? null : target.ts();
            ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(text).blocksAsString(blocks).unfurlLinks(false).unfurlMedia(false)
                    .metadata(PostedCheck.metadata(message.dedupeKey())));
            return outcome(response, response.getChannel(), response.getTs(), channel);
        } catch (SlackFilesUploadV2Exception e) {
            return uploadFailed(e, target == null ? message.channel() : target.channel());
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                return new Delivery.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
            }
            return new Delivery.Retry("Slack answered HTTP " + e.getResponse().code(), e.getResponse().code() >= 500);
        } catch (Exception e) {
            return new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        }
    }

    private static Delivery outcome(SlackApiTextResponse response, String channel, String ts, String asked) {
        if (response.isOk()) {
            return new Delivery.Sent(channel, ts);
        }
        if ("ratelimited".equals(response.getError())) {
            return new Delivery.RateLimited(Duration.ofSeconds(1));
        }
        if (PERMANENT.contains(response.getError())) {
            return new Delivery.Permanent(explain(response.getError(), asked));
        }
        return new Delivery.Retry("Slack answered " + response.getError());
    }

    /** Files upload v2 throws instead of answering not-ok: find the step Slack refused and judge its error. */
    private static Delivery uploadFailed(SlackFilesUploadV2Exception e, String channel) {
        String error = e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()
                ? e.getCompleteResponse().getError()
                : e.getGetURLResponses().stream().filter(r -> !r.isOk()).map(r -> r.getError()).findFirst().orElse(null);
        if (error != null && PERMANENT.contains(error)) {
            return new Delivery.Permanent(explain(error, channel));
        }
        return new Delivery.Retry("Slack's file upload failed" + (error == null ? "" : ": " + error));
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    static String explain(String error, String channel) {
        return switch (error) {
            case "not_in_channel" -> "Baton is not in " + channel + ": invite it with /invite @baton, then retry.";
            case "channel_not_found" -> "Channel " + channel + " does not exist or Baton cannot see it: "
                    + "check the channel setting, invite Baton, then retry.";
            case "is_archived" -> "Channel " + channel + " is archived: unarchive it or change the setting, then retry.";
            case "invalid_auth", "token_revoked", "account_inactive" -> "Slack refused Baton's token (" + error
                    + "): reinstall the app or update SLACK_BOT_TOKEN, then retry.";
            case "missing_scope" -> "Baton lacks a Slack scope for this message: reinstall the app from "
                    + "manifest.yml, then retry.";
            default -> "Slack refused the message to " + channel + ": " + error + ".";
        };
    }
}
