package dev.baton.churn;

import dev.baton.account.Account;

import java.util.Map;

/** What recording a churn came to. */
public sealed interface ChurnRecorded {
    /** Stored; {@code whyNoRetro} is empty when a retro was kicked off. */
    record Done(Account account, Churn churn, Retro retro, String whyNoRetro) implements ChurnRecorded {
    }

    /** Problems by field name. */
    record Invalid(Map<String, String> problems) implements ChurnRecorded {
    }

    record Forbidden(String accountName) implements ChurnRecorded {
    }

    record Gone(String what) implements ChurnRecorded {
    }
}
