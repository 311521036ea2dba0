package dev.baton.testing;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDate;

/** Accounts as the tests need them, written through the real DAO. */
public final class Fixtures {
    public static final String AE = "UAE0001";
    public static final String CE = "UCE0001";
    public static final String TA = "UTA0001";
    public static final String LEADER = "ULEAD001";
    public static final String OUTSIDER = "UOUT0001";

    private Fixtures() {
    }

    public static long account(Jdbi jdbi, String name, String crmId) {
        AccountFields fields = new AccountFields(crmId, name, "Enterprise", "Named", null, null,
                "Sales Assisted First Order", "SaaS", "0. Prospect", AE, CE, TA, null, null,
                LocalDate.of(2027, 1, 31), null, null, LocalDate.of(2028, 1, 31), 250_000_00L, 400);
        return jdbi.withExtension(AccountDao.class, dao -> dao.insert(fields, Instant.now()));
    }
}
