package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.config.LighthouseSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who does what in the program: the AE, the TA and leaders nominate; the account team plans, updates and proposes an
 * exit; leaders (BATON_LEADERS, sales and TS leadership) assign the sponsor; sales and TS leadership agree the exit.
 */
record LighthousePeople(AccountAccess access, LighthouseSettings settings, Set<String> leaders) {
    boolean isLeader(String user) {
        return access.isLeader(user) || settings.salesLeaders().contains(user) || settings.tsLeaders().contains(user);
    }

    boolean mayNominate(String user, Account account) {
        return isLeader(user) || user.equals(account.ae()) || user.equals(account.ta());
    }

    boolean onTeam(String user, Account account) {
        return isLeader(user) || account.onTeam(user);
    }

    /** Sales leadership for an exit; the leaders when BATON_SALES_LEADERS is unset. */
    Set<String> salesSide() {
        return settings.salesLeaders().isEmpty() ? leaders : settings.salesLeaders();
    }

    Set<String> tsSide() {
        return settings.tsLeaders().isEmpty() ? leaders : settings.tsLeaders();
    }

    boolean mayVote(String user) {
        return salesSide().contains(user) || tsSide().contains(user);
    }

    /** Everyone asked to agree an exit. */
    List<String> exitDeciders() {
        Set<String> all = new LinkedHashSet<>(salesSide());
        all.addAll(tsSide());
        return new ArrayList<>(all);
    }

    /** Who a submitted plan goes to: the AE and the reviewers (the leaders when none are set). */
    List<String> planReviewers(Account account) {
        Set<String> all = new LinkedHashSet<>();
        if (account.ae() != null) {
            all.add(account.ae());
        }
        all.addAll(settings.reviewers().isEmpty() ? leaders : settings.reviewers());
        return new ArrayList<>(all);
    }

    /** Who runs the program for the account: its TA, else its AE. */
    static List<String> runners(Account account) {
        String runner = account.ta() != null ? account.ta() : account.ae();
        return runner == null ? List.of() : List.of(runner);
    }
}
