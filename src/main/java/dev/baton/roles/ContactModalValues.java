package dev.baton.roles;

import com.slack.api.model.view.ViewState;
import dev.baton.account.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Reads the contact modal's submitted state into a {@link ContactForm}; anything missing reads as empty. */
final class ContactModalValues {
    private ContactModalValues() {
    }

    static ContactForm read(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        String instanceAdmin = selected(value(values, RolesIds.FIELD_INSTANCE_ADMIN));
        return new ContactForm(
                text(value(values, RolesIds.FIELD_NAME)),
                text(value(values, RolesIds.FIELD_TITLE)),
                text(value(values, RolesIds.FIELD_EMAIL)),
                roles(value(values, RolesIds.FIELD_ROLES)),
                instanceAdmin == null ? null : "yes".equals(instanceAdmin));
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String field) {
        Map<String, ViewState.Value> block = values.get(field);
        return block == null ? null : block.get(field + RolesIds.INPUT_SUFFIX);
    }

    private static String text(ViewState.Value value) {
        return value == null ? null : value.getValue();
    }

    private static String selected(ViewState.Value value) {
        return value == null || value.getSelectedOption() == null ? null : value.getSelectedOption().getValue();
    }

    private static Set<Role> roles(ViewState.Value value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && value.getSelectedOptions() != null) {
            value.getSelectedOptions().forEach(o -> Role.parse(o.getValue()).ifPresent(roles::add));
        }
        return roles;
    }
}
