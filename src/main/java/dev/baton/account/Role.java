package dev.baton.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The seven stakeholder roles a contact can hold, with what each means to the revenue team. */
public enum Role {
    CHAMPION("Champion", "Sells us internally and wants the customer to succeed with us"),
    DEAL_CONTACT("Deal Contact", "Worked the deal with sales: procurement, legal or the sponsor"),
    INSTANCE_ADMIN("Instance Admin", "Administers the customer's instance: install, upgrades, access"),
    EXECUTIVE("Executive", "Senior leader who sets direction and can sponsor escalations"),
    ECONOMIC_BUYER("Economic Buyer", "Owns the budget and signs off on the purchase and renewal"),
    END_USER("End User", "Uses the product day to day; the voice of adoption"),
    PROGRAM_CONTACT("Program Contact", "Runs the rollout and success plan with the TA on the customer side");

    /** A hand-off is not complete until these three are covered. */
    public static final List<Role> REQUIRED = List.of(INSTANCE_ADMIN, PROGRAM_CONTACT, CHAMPION);

    private final String label;
    private final String definition;

    Role(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** The stored code, e.g. {@code instance_admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Matches a typed role name or code, ignoring case, spaces, dashes and underscores. */
    public static Optional<Role> parse(String typed) {
        String wanted = normalise(typed);
        return Arrays.stream(values())
                .filter(r -> normalise(r.label).equals(wanted) || normalise(r.name()).equals(wanted))
                .findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
