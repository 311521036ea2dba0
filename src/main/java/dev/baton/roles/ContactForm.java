package dev.baton.roles;

import dev.baton.account.Role;
import dev.baton.slack.ModalValues;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person entered for a contact, before it is accepted. */
public record ContactForm(String name, String title, String email, Set<Role> roles, Boolean instanceAdmin) {
    static final int MAX_TEXT = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]{2,}$");

    /** The contact modal as submitted; anything missing reads as empty. */
    static ContactForm read(ModalValues values) {
        String instanceAdmin = values.selected(RolesIds.FIELD_INSTANCE_ADMIN);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values.selectedAll(RolesIds.FIELD_ROLES).forEach(code -> Role.parse(code).ifPresent(roles::add));
        return new ContactForm(values.text(RolesIds.FIELD_NAME), values.text(RolesIds.FIELD_TITLE),
                values.text(RolesIds.FIELD_EMAIL), roles, instanceAdmin == null ? null : "yes".equals(instanceAdmin));
    }

    /** Problems keyed by the modal field they belong to; empty when the form can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put(RolesIds.FIELD_NAME, "Enter the contact's name.");
        } else if (name.length() > MAX_TEXT) {
            problems.put(RolesIds.FIELD_NAME, "Keep the name under " + MAX_TEXT + " characters.");
        }
        if (title != null && title.length() > MAX_TEXT) {
            problems.put(RolesIds.FIELD_TITLE, "Keep the title under " + MAX_TEXT + " characters.");
        }
        if (email == null || email.isBlank()) {
            problems.put(RolesIds.FIELD_EMAIL, "Enter the contact's email address.");
        } else if (email.trim().length() > 320 || !EMAIL.matcher(email.trim()).matches()) {
            problems.put(RolesIds.FIELD_EMAIL, "That is not an email address, e.g. ada@example.com.");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put(RolesIds.FIELD_ROLES, "Pick at least one role.");
        }
        if (instanceAdmin == null) {
            problems.put(RolesIds.FIELD_INSTANCE_ADMIN, "Say whether this contact is an Instance Admin.");
        } else if (roles != null && !roles.isEmpty() && instanceAdmin != roles.contains(Role.INSTANCE_ADMIN)) {
            problems.put(RolesIds.FIELD_INSTANCE_ADMIN, instanceAdmin
                    ? "Marked Instance Admin, but the roles don't include Instance Admin: add the role or answer No."
                    : "The roles include Instance Admin: answer Yes, or remove the role.");
        }
        return problems;
    }

    public String emailKey() {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
