package dev.baton.renewal;

import dev.baton.slack.ModalValues;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The assessment modal as typed (blank reads as null), and what is wrong with it for a draft or a submission. */
record AssessmentForm(Map<Driver, DriverRating> drivers, String overall, String summary, String risks,
                      boolean contactsConfirmed, String missingRoleReason, boolean submit) {
    static final int MAX_TEXT = 3000;

    static AssessmentForm read(ModalValues values) {
        Map<Driver, DriverRating> drivers = new EnumMap<>(Driver.class);
        for (Driver driver : Driver.values()) {
            drivers.put(driver, new DriverRating(0, driver.code(), values.selected(RenewalIds.driver(driver, "rating")),
                    values.trimmedText(RenewalIds.driver(driver, "note"))));
        }
        return new AssessmentForm(drivers, values.selected(RenewalIds.FIELD_OVERALL),
                values.trimmedText(RenewalIds.FIELD_SUMMARY), values.trimmedText(RenewalIds.FIELD_RISKS),
                values.checked(RenewalIds.FIELD_CONTACTS_CONFIRMED),
                values.trimmedText(RenewalIds.FIELD_MISSING_ROLE_REASON), values.checked(RenewalIds.FIELD_SUBMIT));
    }

    /** Problems by block id: a draft needs only valid values; a submission every driver, the summary and the contacts. */
    Map<String, String> problems(boolean rolesMissing) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (DriverRating d : drivers.values()) {
            Driver driver = Driver.valueOf(d.driver().toUpperCase(java.util.Locale.ROOT));
            if (d.rating() != null && Rating.parse(d.rating()).isEmpty()) {
                problems.put(RenewalIds.driver(driver, "rating"), "Pick Green, Yellow or Red.");
            } else if (submit && d.rating() == null) {
                problems.put(RenewalIds.driver(driver, "rating"), "Rate " + driver.label().toLowerCase(java.util.Locale.ROOT)
                        + " before submitting for review.");
            }
            tooLong(problems, RenewalIds.driver(driver, "note"), d.note());
        }
        if (overall != null && Rating.parse(overall).isEmpty()) {
            problems.put(RenewalIds.FIELD_OVERALL, "Pick Green, Yellow or Red.");
        } else if (submit && overall == null) {
            problems.put(RenewalIds.FIELD_OVERALL, "Pick the overall rating before submitting for review.");
        }
        if (submit && summary == null) {
            problems.put(RenewalIds.FIELD_SUMMARY, "Write the summary before submitting for review.");
        }
        tooLong(problems, RenewalIds.FIELD_SUMMARY, summary);
        tooLong(problems, RenewalIds.FIELD_RISKS, risks);
        tooLong(problems, RenewalIds.FIELD_MISSING_ROLE_REASON, missingRoleReason);
        if (submit && !contactsConfirmed) {
            problems.put(RenewalIds.FIELD_CONTACTS_CONFIRMED, "Confirm the contacts are current (update them on the "
                    + "/roles card first if not).");
        }
        if (submit && rolesMissing && missingRoleReason == null) {
            problems.put(RenewalIds.FIELD_MISSING_ROLE_REASON, "A required role is not tagged: tag it on the /roles "
                    + "card, or say here why it is missing.");
        }
        return problems;
    }

    private static void tooLong(Map<String, String> problems, String block, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.putIfAbsent(block, "Keep it under 3,000 characters.");
        }
    }
}
