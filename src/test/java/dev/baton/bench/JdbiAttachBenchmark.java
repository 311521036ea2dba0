package dev.baton.bench;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountMapper;
import dev.baton.account.ContactDao;
import dev.baton.account.Contacts;
import dev.baton.store.Database;
import dev.baton.store.Sql;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Why the reads on every slash command are fluent statements: on the /roles data set, the cost of one
 * handle that attaches the account and contact DAOs, against one that runs indexed fluent queries.
 * {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.JdbiAttachBenchmark}
 */
public final class JdbiAttachBenchmark {
    private static final int OPS = 20_000;

    private JdbiAttachBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("attach-" + System.currentTimeMillis());
        List<String> crmIds = RolesBenchmark.load(url).stream().map(n -> "BENCH" + n.substring(n.length() - 5)).toList();
        try (Database db = Database.open(url, "sa", "").prepare(AccountDao.class, ContactDao.class)) {
            Jdbi jdbi = db.jdbi();
            String byCrmId = Sql.of(AccountDao.class, "findByCrmId");
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
                time("fluent: account by CRM id", jdbi, handle ->
                        handle.createQuery(byCrmId).bind("crmId", random(crmIds)).map(accounts).findOne());
                time("fluent: account + contacts", jdbi, handle -> Contacts.forAccount(handle,
                        handle.createQuery(byCrmId).bind("crmId", random(crmIds)).map(accounts).one().id()));
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
