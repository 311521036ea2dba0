package dev.baton.account;

import java.util.Set;

/** Who may change an account: a leader ({@code BATON_LEADERS}) any account, its team its own. */
public record AccountAccess(Set<String> leaders) {
    public AccountAccess {
        leaders = Set.copyOf(leaders);
    }

    public boolean isLeader(String userId) {
        return leaders.contains(userId);
    }

    /** Leaders, or the account's team (AE, CE, TA, Expand AE), may change this account and what hangs on it. */
    public boolean mayChange(String userId, Account account) {
        return isLeader(userId) || account.onTeam(userId);
    }
}
