package dev.baton.testing;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Accounts as the tests need them, written through the real DAO. */
public final class Fixtures {
    public static final String AE = "UAE0001";
    public static final String CE = "UCE0001";
    public static final String TA = "UTA0001";
    public static final String LEADER = "ULEAD001";
    public static final String OUTSIDER = "UOUT0001";
    /** Far enough ahead that no step of the account's timeline (45 days before the close at most) falls due in a test. */
    static final int CLOSES_IN_DAYS = 120;

    private Fixtures() {
    }

    /** An Enterprise account created now by the test's clock, closing in 120 days and renewing a year after that. */
    public static long account(Jdbi jdbi, Clock clock, String name, String crmId) {
        LocalDate close = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(CLOSES_IN_DAYS);
        AccountFields fields = new AccountFields(crmId, name, Segment.ENTERPRISE, ServiceModel.NAMED, null, null,
                OrderType.SALES_ASSISTED, Deployment.SAAS, "0. Prospect", AE, CE, TA, null, null,
                close, null, null, close.plusYears(1), 250_000_00L, 400, null);
        return jdbi.withExtension(AccountDao.class, dao -> dao.insert(fields, clock.instant()));
    }
}
