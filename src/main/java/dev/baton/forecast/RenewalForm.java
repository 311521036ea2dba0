package dev.baton.forecast;

import dev.baton.account.Account;
import dev.baton.account.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A processed renewal as the CRM sends it or the Process renewal modal takes it, as text per field: every problem
 * is found at once, keyed by field name, checked against the account as it stands (its ARR, seats, renewal date).
 */
record RenewalForm(Map<String, String> fields) {
    static final String OUTCOME = "outcome";
    static final String ARR_AFTER = "arr_after";
    static final String SEATS_AFTER = "seats_after";
    static final String RENEWED_ON = "renewed_on";
    static final String RENEWAL_DATE = "renewal_date";
    /** A churn's own fields, handed to the churn recording as they are. */
    static final List<String> CHURN_FIELDS = List.of("category", "reason", "sponsor");
    static final List<String> NAMES = List.of(OUTCOME, ARR_AFTER, SEATS_AFTER, RENEWED_ON, RENEWAL_DATE,
            "category", "reason", "sponsor");

    sealed interface Result {
    }

    /** {@code nextRenewal} is null after a full churn, which has none. */
    record Valid(Outcome outcome, long arrAfterCents, int seatsAfter, LocalDate renewedOn, LocalDate nextRenewal,
                 Map<String, String> churnFields) implements Result {
    }

    record Invalid(Map<String, String> problems) implements Result {
    }

    Result validate(Account account) {
        Map<String, String> problems = new LinkedHashMap<>();
        Outcome outcome = Outcome.of(text(OUTCOME)).orElse(null);
        if (outcome == null) {
            problems.put(OUTCOME, "outcome must be one of " + String.join(", ", Outcome.CODES)
                    + (text(OUTCOME) == null ? "" : ", not '" + text(OUTCOME) + "'"));
        }
        Long after = text(ARR_AFTER) == null ? null : attempt(problems, ARR_AFTER, () -> Money.cents(ARR_AFTER, text(ARR_AFTER)));
        Integer seats = text(SEATS_AFTER) == null ? null : attempt(problems, SEATS_AFTER, this::seats);
        LocalDate renewedOn = attempt(problems, RENEWED_ON, () -> date(RENEWED_ON));
        LocalDate next = text(RENEWAL_DATE) == null ? null : attempt(problems, RENEWAL_DATE, () -> date(RENEWAL_DATE));
        long current = account.arrCents() == null ? 0 : account.arrCents();
        if (outcome != null && !problems.containsKey(ARR_AFTER)) {
            String arrProblem = outcome.arrAfterProblem(after, current);
            if (arrProblem != null) {
                problems.put(ARR_AFTER, ARR_AFTER + ": " + arrProblem);
            }
        }
        if (outcome == Outcome.FULL_CHURN && seats != null && seats != 0) {
            problems.put(SEATS_AFTER, "a full churn leaves no seats: seats_after must be 0 or left out");
        }
        checkNextDate(problems, outcome, account, renewedOn, next);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        int currentSeats = account.seatsPurchased() == null ? 0 : account.seatsPurchased();
        int seatsAfter = outcome == Outcome.FULL_CHURN ? 0 : seats != null ? seats : currentSeats;
        Map<String, String> churn = new LinkedHashMap<>();
        CHURN_FIELDS.forEach(name -> churn.put(name, text(name)));
        return new Valid(outcome, outcome.arrAfter(after, current), seatsAfter, renewedOn, next, churn);
    }

    /** The day the renewal was processed, when it reads as one: what makes a processing the same as an earlier one. */
    Optional<LocalDate> renewedOn() {
        try {
            return Optional.of(date(RENEWED_ON));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void checkNextDate(Map<String, String> problems, Outcome outcome, Account account,
                                      LocalDate renewedOn, LocalDate next) {
        if (problems.containsKey(RENEWAL_DATE) || outcome == null) {
            return;
        }
        if (outcome == Outcome.FULL_CHURN) {
            if (next != null) {
                problems.put(RENEWAL_DATE, "a full churn has no next renewal: leave renewal_date out");
            }
        } else if (next == null) {
            problems.put(RENEWAL_DATE, "renewal_date is required: the next renewal date as YYYY-MM-DD");
        } else if (renewedOn != null && !next.isAfter(renewedOn)) {
            problems.put(RENEWAL_DATE, "renewal_date (" + next + ") must be after renewed_on (" + renewedOn + ")");
        } else if (account.renewalDate() != null && !next.isAfter(account.renewalDate())) {
            problems.put(RENEWAL_DATE, "renewal_date (" + next + ") must be after the renewal being processed ("
                    + account.renewalDate() + ")");
        }
    }

    private Integer seats() {
        String raw = text(SEATS_AFTER);
        try {
            int whole = new BigDecimal(raw.replace(",", "")).intValueExact();
            if (whole < 0) {
                throw new IllegalArgumentException(SEATS_AFTER + " cannot be negative");
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(SEATS_AFTER + " must be a whole number of seats, not '" + raw + "'");
        }
    }

    private LocalDate date(String field) {
        String raw = text(field);
        if (raw == null) {
            throw new IllegalArgumentException(field + " is required: a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date as YYYY-MM-DD, not '" + raw + "'");
        }
    }

    String text(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> T attempt(Map<String, String> problems, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }
}
