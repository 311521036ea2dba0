package dev.baton.roles;

import dev.baton.account.Role;
import dev.baton.slack.ModalValues;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person entered for a contact, before it is accepted; the time zone is optional. */
public record ContactForm(String name, String title, String email, Set<Role> roles, Boolean instanceAdmin,
                          String timeZone) {
    static final int MAX_TEXT = 5000;
    /** The IANA zone names, by their lower case: a zone typed in any case is stored as the database spells it. */
    private static final Map<String, String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .collect(java.util.stream.Collectors.toMap(z -> z.toLowerCase(Locale.ROOT), z -> z, (a, b) -> a));

    public ContactForm(String name, String title, String email, Set<Role> roles, Boolean instanceAdmin) {
        this(name, title, email, roles, instanceAdmin, null);
    }
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]{2,}$");

    /** The contact modal as submitted; anything missing reads as empty. */
    static ContactForm read(ModalValues values) {
        String instanceAdmin = values.selected(RolesIds.FIELD_INSTANCE_ADMIN);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values.selectedAll(RolesIds.FIELD_ROLES).forEach(code -> Role.parse(code).ifPresent(roles::add));
        return new ContactForm(values.text(RolesIds.FIELD_NAME), values.text(RolesIds.FIELD_TITLE),
                values.text(RolesIds.FIELD_EMAIL), roles, instanceAdmin == null ? null : "yes".equals(instanceAdmin),
                values.text(RolesIds.FIELD_TIME_ZONE));
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
        if (timeZone != null && !timeZone.isBlank() && zone(timeZone).isEmpty()) {
            problems.put(RolesIds.FIELD_TIME_ZONE, "That is not a time zone: use an IANA name such as Europe/Berlin or "
                    + "Asia/Tokyo, or leave it empty.");
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

    /** The time zone as stored: its IANA name as the database spells it, or null when none was given. */
    public String zoneName() {
        return timeZone == null || timeZone.isBlank() ? null : zone(timeZone).orElse(null);
    }

    /** The IANA zone named (in any case); offsets such as +09:00 are not zones and are not accepted. */
    static Optional<String> zone(String name) {
        return Optional.ofNullable(ZONES.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    public String emailKey() {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
