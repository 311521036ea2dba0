package dev.baton.account;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.baton.store.StoredText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One CRM account item, validated: the fields it sets (absent keys leave the account as it is, null
 * clears), or the first problem found, phrased for whoever maintains the CRM integration.
 */
final class AccountPatch {
    private static final Set<String> TEAM = Set.of("ae", "ce", "ta", "expand_ae", "ae_manager", "ta_manager");
    private static final Set<String> DATES = Set.of("expected_close_date", "renewal_date", "closed_won_date");
    private static final Set<String> KNOWN = Set.of("crm_id", "name", "segment", "service_model", "order_type",
            "deployment", "expected_close_date", "renewal_date", "closed_won_date", "arr", "seats_purchased", "ae",
            "ce", "ta", "expand_ae", "ae_manager", "ta_manager", "slack_channel", "contract_signed_at", "product_version");
    private static final Pattern SLACK_USER = Pattern.compile("^[UW][A-Z0-9]{2,20}$");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("^[CGD][A-Z0-9]{2,20}$");

    final String crmId;
    private final Map<String, Object> values = new HashMap<>();

    private AccountPatch(String crmId) {
        this.crmId = crmId;
    }

    /** Parses one item; throws {@link IllegalArgumentException} naming the field and the problem. */
    static AccountPatch parse(JsonElement item) {
        if (item == null || !item.isJsonObject()) {
            throw new IllegalArgumentException("each item must be a JSON object");
        }
        JsonObject object = item.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + key + "'");
            }
        }
        String crmId = string(object, "crm_id", 64);
        if (crmId == null || crmId.isBlank()) {
            throw new IllegalArgumentException("crm_id is required");
        }
        AccountPatch patch = new AccountPatch(crmId.trim());
        for (String key : object.keySet()) {
            if (!key.equals("crm_id")) {
                patch.values.put(key, value(object, key));
            }
        }
        if (patch.values.containsKey("name") && (patch.values.get("name") == null
                || ((String) patch.values.get("name")).isBlank())) {
            throw new IllegalArgumentException("name cannot be empty");
        }
        return patch;
    }

    private static Object value(JsonObject object, String key) {
        if (object.get(key).isJsonNull()) {
            return null;
        }
        return switch (key) {
            case "name" -> string(object, key, 255).trim();
            case "segment" -> oneOf(object, key, Segment.class);
            case "service_model" -> oneOf(object, key, ServiceModel.class);
            case "order_type" -> oneOf(object, key, OrderType.class);
            case "deployment" -> oneOf(object, key, Deployment.class);
            case "arr" -> cents(object);
            case "seats_purchased" -> wholeNumber(object, key);
            case "slack_channel" -> matching(object, key, SLACK_CHANNEL, "a Slack channel id such as C0123ABCD");
            case "contract_signed_at" -> instant(object, key);
            case "product_version" -> string(object, key, 64).trim();
            default -> DATES.contains(key) ? date(object, key)
                    : matching(object, key, SLACK_USER, "a Slack user id such as U0123ABCD");
        };
    }

    /** Whether the item names the TA's manager (kept beside the account fields: the Lighthouse program reads it). */
    boolean setsTaManager() {
        return values.containsKey("ta_manager");
    }

    String taManager() {
        return (String) values.get("ta_manager");
    }

    /** Whether the item names the product version the account runs (kept beside the account fields too). */
    boolean setsProductVersion() {
        return values.containsKey("product_version");
    }

    String productVersion() {
        String version = (String) values.get("product_version");
        return version == null || version.isEmpty() ? null : version;
    }

    boolean creates() {
        return values.containsKey("name");
    }

    AccountFields applyTo(AccountFields base) {
        return new AccountFields(crmId, pick("name", base.name()), pick("segment", base.segment()),
                pick("service_model", base.serviceModel()), base.taSupportLevel(), base.taSegmentation(),
                pick("order_type", base.orderType()), pick("deployment", base.deployment()), base.lifecycleStage(),
                pick("ae", base.ae()), pick("ce", base.ce()), pick("ta", base.ta()), pick("expand_ae", base.expandAe()),
                pick("slack_channel", base.slackChannel()), pick("expected_close_date", base.expectedCloseDate()),
                pick("contract_signed_at", base.contractSignedAt()), pick("closed_won_date", base.closedWonDate()),
                pick("renewal_date", base.renewalDate()), pick("arr", base.arrCents()),
                pick("seats_purchased", base.seatsPurchased()), pick("ae_manager", base.aeManager()));
    }

    @SuppressWarnings("unchecked")
    private <T> T pick(String key, T current) {
        return values.containsKey(key) ? (T) values.get(key) : current;
    }

    private static String string(JsonObject object, String key, int max) {
        JsonElement element = object.get(key);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        String value = element.getAsString();
        if (value.length() > max) {
            throw new IllegalArgumentException(key + " is longer than " + max + " characters");
        }
        return value;
    }

    private static <E extends Enum<E> & StoredText> E oneOf(JsonObject object, String key, Class<E> type) {
        String value = string(object, key, 64).trim();
        return StoredText.findIgnoringCase(type, value).orElseThrow(() -> new IllegalArgumentException(key
                + " must be one of " + String.join(", ", StoredText.spellings(type)) + ", not '" + value + "'"));
    }

    private static String matching(JsonObject object, String key, Pattern pattern, String what) {
        String value = string(object, key, 32).trim();
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(key + " must be " + what + ", not '" + value + "'");
        }
        return value;
    }

    private static Instant instant(JsonObject object, String key) {
        String value = string(object, key, 40).trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 time with offset such as "
                    + "2026-11-02T15:04:00Z, not '" + value + "'");
        }
    }

    private static LocalDate date(JsonObject object, String key) {
        String value = string(object, key, 32).trim();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static Long cents(JsonObject object) {
        BigDecimal dollars = number(object, "arr");
        if (dollars.signum() < 0) {
            throw new IllegalArgumentException("arr cannot be negative");
        }
        if (dollars.scale() > 2 && dollars.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("arr has more than two decimal places");
        }
        try {
            return dollars.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("arr is too large");
        }
    }

    private static Integer wholeNumber(JsonObject object, String key) {
        BigDecimal value = number(object, key);
        try {
            int whole = value.intValueExact();
            if (whole < 0) {
                throw new IllegalArgumentException(key + " cannot be negative");
            }
            return whole;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + value.toPlainString());
        }
    }

    private static BigDecimal number(JsonObject object, String key) {
        JsonElement element = object.get(key);
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return element.getAsBigDecimal();
    }
}
