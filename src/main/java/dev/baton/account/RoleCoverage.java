package dev.baton.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which of the required roles (in the order the team names them) an account's contacts cover, who covers them, and what is missing. */
public record RoleCoverage(Map<Role, List<Contact>> holders, List<Role> missing, int untagged) {

    public static RoleCoverage of(List<Contact> contacts) {
        Map<Role, List<Contact>> holders = new LinkedHashMap<>();
        for (Role role : Role.REQUIRED) {
            holders.put(role, contacts.stream().filter(c -> c.roles().has(role)).toList());
        }
        List<Role> missing = holders.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        int untagged = (int) contacts.stream().filter(Contact::untagged).count();
        return new RoleCoverage(holders, missing, untagged);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public String missingLabels() {
        return missing.stream().map(Role::label).collect(Collectors.joining(", "));
    }
}
