package dev.baton.churn;

import dev.baton.account.Money;
import dev.baton.store.StoredText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A churn as typed in the modal or sent by the CRM, as text per field: every problem is found at once,
 * keyed by field name, so the modal shows each on its field and the API names them all.
 */
public record ChurnForm(Map<String, String> fields) {
    public static final String KIND = "kind";
    public static final String ARR_BEFORE = "arr_before";
    public static final String ARR_AFTER = "arr_after";
    public static final String SEATS_BEFORE = "seats_before";
    public static final String SEATS_AFTER = "seats_after";
    public static final String EFFECTIVE_DATE = "effective_date";
    public static final String CATEGORY = "category";
    public static final String REASON = "reason";
    public static final String SPONSOR = "sponsor";
    public static final List<String> NAMES = List.of(KIND, ARR_BEFORE, ARR_AFTER, SEATS_BEFORE, SEATS_AFTER,
            EFFECTIVE_DATE, CATEGORY, REASON, SPONSOR);
    static final int MAX_REASON = 5000;
    private static final Pattern SLACK_USER = Pattern.compile("^[UW][A-Z0-9]{2,20}$");

    /** The outcome: a valid churn, or the problems by field name. */
    public sealed interface Result {
    }

    public record Valid(ChurnInput churn) implements Result {
    }

    public record Invalid(Map<String, String> problems) implements Result {
    }

    public Result validate(List<String> categories) {
        Map<String, String> problems = new LinkedHashMap<>();
        String typedKind = text(KIND);
        ChurnKind kind = StoredText.find(ChurnKind.class, typedKind).orElse(null);
        if (kind == null) {
            problems.put(KIND, "kind must be full or partial" + (typedKind == null ? "" : ", not '" + typedKind + "'"));
        }
        Long before = attempt(problems, ARR_BEFORE, () -> Money.cents(ARR_BEFORE, text(ARR_BEFORE)));
        Long after = attempt(problems, ARR_AFTER, () -> Money.cents(ARR_AFTER, text(ARR_AFTER)));
        Integer seatsBefore = attempt(problems, SEATS_BEFORE, () -> seats(SEATS_BEFORE));
        Integer seatsAfter = attempt(problems, SEATS_AFTER, () -> seats(SEATS_AFTER));
        LocalDate effective = attempt(problems, EFFECTIVE_DATE, this::effectiveDate);
        String category = categories.stream().filter(c -> c.equalsIgnoreCase(text(CATEGORY))).findFirst().orElse(null);
        if (category == null) {
            problems.put(CATEGORY, "category must be one of " + String.join(", ", categories)
                    + (text(CATEGORY) == null ? "" : ", not '" + text(CATEGORY) + "'"));
        }
        String reason = text(REASON);
        if (reason == null) {
            problems.put(REASON, "reason is required");
        } else if (reason.length() > MAX_REASON) {
            problems.put(REASON, "reason is longer than " + MAX_REASON + " characters");
        }
        String sponsor = text(SPONSOR);
        if (sponsor != null && !SLACK_USER.matcher(sponsor).matches()) {
            problems.put(SPONSOR, "sponsor must be a Slack user id such as U0123ABCD, not '" + sponsor + "'");
        }
        checkAgreement(problems, kind, before, after, seatsBefore, seatsAfter);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new ChurnInput(kind, before, after, seatsBefore, seatsAfter, effective, category,
                reason, sponsor));
    }

    private static void checkAgreement(Map<String, String> problems, ChurnKind kind, Long before, Long after,
                                       Integer seatsBefore, Integer seatsAfter) {
        if (before != null && after != null && after > before) {
            problems.put(ARR_AFTER, "arr_after (" + Money.dollars(after) + ") cannot be above arr_before ("
                    + Money.dollars(before) + ")");
        } else if (kind == ChurnKind.FULL && after != null && after != 0) {
            problems.put(ARR_AFTER, "a full churn leaves no ARR: arr_after must be 0, or record a partial churn");
        } else if (kind == ChurnKind.PARTIAL && after != null && before != null
                && (after == 0 || after.equals(before))) {
            problems.put(ARR_AFTER, after == 0 ? "a partial churn keeps some ARR: record a full churn instead"
                    : "a partial churn loses some ARR: arr_after must be below arr_before");
        }
        if (seatsBefore != null && seatsAfter != null && seatsAfter > seatsBefore) {
            problems.put(SEATS_AFTER, "seats_after (" + seatsAfter + ") cannot be above seats_before (" + seatsBefore + ")");
        }
    }

    private Integer seats(String field) {
        String raw = text(field);
        if (raw == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        try {
            int whole = new BigDecimal(raw.replace(",", "")).intValueExact();
            if (whole < 0) {
                throw new IllegalArgumentException(field + " cannot be negative");
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be a whole number of seats, not '" + raw + "'");
        }
    }

    private LocalDate effectiveDate() {
        String raw = text(EFFECTIVE_DATE);
        if (raw == null) {
            throw new IllegalArgumentException(EFFECTIVE_DATE + " is required");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(EFFECTIVE_DATE + " must be a date as YYYY-MM-DD, not '" + raw + "'");
        }
    }

    private String text(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> T attempt(Map<String, String> problems, String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }
}
