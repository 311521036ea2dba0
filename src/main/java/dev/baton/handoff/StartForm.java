package dev.baton.handoff;

import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.slack.ModalValues;
import dev.baton.store.StoredText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.baton.handoff.HandoffIds.*;

/** The *Start hand-off* form as typed, with the problems to show on each field. */
record StartForm(String name, String crmId, String segment, String serviceModel, String orderType, String deployment,
                 String closeDate, String arr, String seats, String ae, String ce) {

    static StartForm read(ModalValues v) {
        return new StartForm(trim(v.text(FIELD_NAME)), trim(v.text(FIELD_CRM_ID)), v.selected(FIELD_SEGMENT),
                v.selected(FIELD_SERVICE_MODEL), v.selected(FIELD_ORDER_TYPE), v.selected(FIELD_DEPLOYMENT),
                v.date(FIELD_CLOSE_DATE), trim(v.text(FIELD_ARR)), trim(v.text(FIELD_SEATS)), v.user(FIELD_AE),
                v.user(FIELD_CE));
    }

    /** Field id → what is wrong with it; empty when the form can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isEmpty()) {
            problems.put(FIELD_NAME, "Give the account's name.");
        } else if (name.length() > 255) {
            problems.put(FIELD_NAME, "At most 255 characters.");
        }
        if (crmId != null && crmId.length() > 64) {
            problems.put(FIELD_CRM_ID, "At most 64 characters.");
        }
        choice(problems, FIELD_SEGMENT, segment, Segment.class);
        choice(problems, FIELD_SERVICE_MODEL, serviceModel, ServiceModel.class);
        choice(problems, FIELD_ORDER_TYPE, orderType, OrderType.class);
        choice(problems, FIELD_DEPLOYMENT, deployment, Deployment.class);
        if (closeDate == null) {
            problems.put(FIELD_CLOSE_DATE, "Pick the expected close date.");
        } else if (parseDate(closeDate) == null) {
            problems.put(FIELD_CLOSE_DATE, "Not a date: use the date picker (YYYY-MM-DD).");
        }
        String arrProblem = arrProblem(arr);
        if (arrProblem != null) {
            problems.put(FIELD_ARR, arrProblem);
        }
        String seatsProblem = seatsProblem(seats);
        if (seatsProblem != null) {
            problems.put(FIELD_SEATS, seatsProblem);
        }
        if (ae == null) {
            problems.put(FIELD_AE, "Pick the AE.");
        }
        if (ce == null) {
            problems.put(FIELD_CE, "Pick the CE.");
        }
        return problems;
    }

    /** The account as the form sets it, on top of what it was (or a new account); only once it has no problems. */
    AccountFields applyTo(AccountFields base) {
        return new AccountFields(crmId == null || crmId.isEmpty() ? base.crmId() : crmId, name,
                picked(Segment.class, segment), picked(ServiceModel.class, serviceModel), base.taSupportLevel(),
                base.taSegmentation(), picked(OrderType.class, orderType), picked(Deployment.class, deployment),
                base.lifecycleStage(), ae, ce,
                base.ta(), base.expandAe(), base.slackChannel(), parseDate(closeDate), base.contractSignedAt(),
                base.closedWonDate(), base.renewalDate(), cents(arr), Integer.parseInt(seats.replace(",", "")),
                base.aeManager());
    }

    private static <E extends Enum<E> & StoredText> void choice(Map<String, String> problems, String field,
                                                                String value, Class<E> type) {
        if (value == null) {
            problems.put(field, "Pick one.");
        } else if (StoredText.find(type, value).isEmpty()) {
            problems.put(field, "Pick one of " + String.join(", ", StoredText.spellings(type)) + ".");
        }
    }

    private static <E extends Enum<E> & StoredText> E picked(Class<E> type, String value) {
        return StoredText.find(type, value).orElseThrow();
    }

    static String arrProblem(String arr) {
        if (arr == null || arr.isEmpty()) {
            return "Give the ARR in dollars, such as 250000.";
        }
        try {
            BigDecimal dollars = new BigDecimal(arr.replace(",", "").replace("$", ""));
            if (dollars.signum() < 0) {
                return "ARR cannot be negative.";
            }
            if (dollars.stripTrailingZeros().scale() > 2) {
                return "At most two decimals (cents).";
            }
            return dollars.compareTo(new BigDecimal("1000000000")) > 0 ? "That is more than $1B: check the figure." : null;
        } catch (NumberFormatException e) {
            return "Not a number: give the ARR in dollars, such as 250000.";
        }
    }

    static String seatsProblem(String seats) {
        if (seats == null || seats.isEmpty()) {
            return "Give the number of seats.";
        }
        try {
            int value = Integer.parseInt(seats.replace(",", ""));
            return value <= 0 ? "Seats must be at least 1." : null;
        } catch (NumberFormatException e) {
            return "Seats must be a whole number, such as 250.";
        }
    }

    static long cents(String arr) {
        return new BigDecimal(arr.replace(",", "").replace("$", "")).movePointRight(2).longValueExact();
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
