package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;

/** Who may do what in a renewal: the account team assesses and plans; the AE's manager (or a leader) aligns. */
record RenewalPeople(AccountAccess access) {
    boolean mayAssess(String user, Account account) {
        return access.mayChange(user, account);
    }

    /** The AE's manager agrees or changes the rating; leaders may always, and stand in when the CRM names none. */
    boolean mayAlign(String user, Account account) {
        return access.isLeader(user) || user.equals(account.aeManager());
    }

    boolean isLeader(String user) {
        return access.isLeader(user);
    }
}
