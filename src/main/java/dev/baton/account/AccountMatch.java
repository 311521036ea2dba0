package dev.baton.account;

import java.util.List;

/** What a typed account name or CRM id resolved to. */
public sealed interface AccountMatch {
    /** Exactly one account. */
    record Found(Account account) implements AccountMatch { }

    /** Several accounts fit; the user picks one. */
    record Several(List<Account> candidates) implements AccountMatch { }

    /** Nothing fits; the nearest names help with a typo. */
    record None(String query, List<String> nearest) implements AccountMatch { }
}
