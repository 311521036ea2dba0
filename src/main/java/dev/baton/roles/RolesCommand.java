package dev.baton.roles;

import dev.baton.account.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text after {@code /roles}: nothing, an account, or {@code <account> tag <email> <role>[, <role>...]}. */
public sealed interface RolesCommand {
    Pattern TAG = Pattern.compile("^(.+?)\\s+tag\\s+(\\S+)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    record Overview() implements RolesCommand { }

    record Show(String account) implements RolesCommand { }

    record Tag(String account, String email, List<Role> roles) implements RolesCommand { }

    /** A tag command naming roles that do not exist. */
    record UnknownRoles(List<String> unknown) implements RolesCommand { }

    static RolesCommand parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return new Overview();
        }
        Matcher tag = TAG.matcher(trimmed);
        if (!tag.matches()) {
            return new Show(trimmed);
        }
        List<Role> roles = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String typed : tag.group(3).split(",")) {
            if (!typed.isBlank()) {
                Role.parse(typed).ifPresentOrElse(roles::add, () -> unknown.add(typed.trim()));
            }
        }
        if (!unknown.isEmpty() || roles.isEmpty()) {
            return new UnknownRoles(unknown.isEmpty() ? List.of(tag.group(3).trim()) : unknown);
        }
        return new Tag(tag.group(1).trim(), tag.group(2).trim(), roles);
    }
}
