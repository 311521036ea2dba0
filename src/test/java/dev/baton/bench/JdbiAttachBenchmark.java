package dev.baton.bench;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountMapper;
import dev.baton.account.ContactDao;
import dev.baton.account.Contacts;
import dev.baton.store.Database;
import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Why the reads on every slash command are not SqlObjects: on the /roles data set, the cost of one handle that
 * attaches the account and contact DAOs, against one that runs the same indexed queries on {@link PlainJdbc}.
 * {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.JdbiAttachBenchmark}
 */
public final class JdbiAttachBenchmark {
    private static final int OPS = 20_000;

    private JdbiAttachBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("attach-" + System.currentTimeMillis());
        List<String> crmIds = RolesBenchmark.load(url, "sa", "").stream().map(n -> "BENCH" + n.substring(n.length() - 5)).toList();
        try (Database db = Database.open(url, "sa", "").prepare(AccountDao.class, ContactDao.class)) {
            Jdbi jdbi = db.jdbi();
            PlainJdbc.Statement byCrmId = PlainJdbc.statement(AccountDao.class, "findByCrmId");
            AccountMapper accounts = new AccountMapper();
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d%n", round);
                time("empty handle", jdbi, handle -> { });
                time("attach AccountDao + ContactDao, no query", jdbi, handle -> {
                    handle.attach(AccountDao.class);
                    handle.attach(ContactDao.class);
                });
                time("SqlObject: account by CRM id", jdbi, handle ->
                        handle.attach(AccountDao.class).findByCrmId(random(crmIds)));
                time("PlainJdbc: account by CRM id", jdbi, handle ->
                        PlainJdbc.list(handle, byCrmId, accounts, Map.of("crmId", random(crmIds))));
                time("PlainJdbc: account + contacts", jdbi, handle -> Contacts.forAccount(handle,
                        PlainJdbc.list(handle, byCrmId, accounts, Map.of("crmId", random(crmIds))).get(0).id()));
            }
        }
    }

    private static String random(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static void time(String label, Jdbi jdbi, Consumer<org.jdbi.v3.core.Handle> work) {
        long start = System.nanoTime();
        for (int i = 0; i < OPS; i++) {
            jdbi.useHandle(work::accept);
        }
        System.out.printf("  %-42s %7.1f µs per handle%n", label, (System.nanoTime() - start) / 1e3 / OPS);
    }
}
