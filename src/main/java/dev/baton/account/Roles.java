package dev.baton.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A contact's set of roles; stored as {@code ,code,code,} so SQL can ask for one role with LIKE
 * without a role ever matching inside another.
 */
public record Roles(Set<Role> set) {
    public Roles {
        set = set.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(set));
    }

    public static Roles of(Collection<Role> roles) {
        return new Roles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** Parsed columns: at most one per combination of the seven roles, so the bound is never reached in use. */
    private static final Map<String, Roles> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 512;

    /** The roles stored as {@code column}; a column seen before is not parsed again (Roles is immutable). */
    public static Roles fromColumn(String column) {
        if (column == null) {
            return parse(null);
        }
        Roles known = PARSED.get(column);
        if (known != null) {
            return known;
        }
        Roles parsed = parse(column);
        if (PARSED.size() < MAX_PARSED) {
            PARSED.put(column, parsed);
        }
        return parsed;
    }

    private static Roles parse(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank())
                    .forEach(code -> roles.add(Role.valueOf(code.toUpperCase(java.util.Locale.ROOT))));
        }
        return new Roles(roles);
    }

    public String toColumn() {
        return "," + ordered().stream().map(Role::code).collect(Collectors.joining(",")) + (set.isEmpty() ? "" : ",");
    }

    public boolean has(Role role) {
        return set.contains(role);
    }

    public Roles plus(Collection<Role> more) {
        EnumSet<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(set);
        all.addAll(more);
        return new Roles(all);
    }

    /** The roles in their canonical order (the order of {@link Role}). */
    public java.util.List<Role> ordered() {
        return set.isEmpty() ? java.util.List.of() : java.util.List.copyOf(EnumSet.copyOf(set));
    }

    public String labels() {
        return ordered().stream().map(Role::label).collect(Collectors.joining(", "));
    }
}
