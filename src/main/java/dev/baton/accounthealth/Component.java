package dev.baton.accounthealth;

import java.util.Locale;

/** The five inputs of an account's health score, each scored 0–100; the names are those stored in account_health. */
public enum Component {
    UTILISATION, ADOPTION, ENGAGEMENT, VERSION_CURRENCY, RELATIONSHIPS;

    /** The stored and API name: {@code version_currency}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
