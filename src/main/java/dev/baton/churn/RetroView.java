package dev.baton.churn;

import dev.baton.account.Account;

import java.util.List;

/** A retro with everything shown alongside it: the account, the churn and the calls to action. */
public record RetroView(Account account, Churn churn, Retro retro, List<CallToAction> actions) {
}
