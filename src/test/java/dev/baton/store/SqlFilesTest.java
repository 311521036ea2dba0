package dev.baton.store;

import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every statement file reads the one way both paths read it, and no statement is written twice. */
class SqlFilesTest {
    private static final Path ROOT = Path.of("src/main/resources");

    /** {@code dev/baton/<package>/<Owner>/<name>.sql}: a statement (a file directly in a package is a fragment). */
    private static List<Path> statements() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("dev/baton"))) {
            return files.filter(p -> p.toString().endsWith(".sql"))
                    .filter(p -> Character.isUpperCase(p.getParent().getFileName().toString().charAt(0))).toList();
        }
    }

    private static PlainJdbc.Statement read(Path file) throws ClassNotFoundException {
        Path relative = ROOT.relativize(file);
        String owner = relative.getParent().toString().replace('/', '.').replace('\\', '.');
        String name = relative.getFileName().toString().replace(".sql", "");
        return PlainJdbc.statement(Class.forName(owner), name);
    }

    @Test
    void everyStatementNamesItsParametersAndItsFragmentsExist() throws Exception {
        List<Path> statements = statements();
        assertThat(statements).hasSizeGreaterThan(100);
        for (Path file : statements) {
            PlainJdbc.Statement statement = read(file);
            assertThat(statement.sql()).as(file.toString()).doesNotContainPattern("<[A-Za-z]\\w*>");
        }
    }

    @Test
    void aStatementWithoutParametersIsSentAsJdbisParserWouldSendIt() throws Exception {
        int without = 0;
        for (Path file : statements()) {
            String text = SqlFiles.text(Class.forName(ROOT.relativize(file).getParent().toString().replace('/', '.')),
                    file.getFileName().toString().replace(".sql", ""));
            if (PlainJdbc.withoutParameters(text)) {
                without++;
                assertThat(new ColonPrefixSqlParser().parse(text, null).getSql()).as(file.toString()).isEqualTo(text);
            }
        }
        assertThat(without).isGreaterThan(2);
    }

    @Test
    void noStatementIsWrittenTwice() throws Exception {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : statements()) {
            String sql = read(file).sql().replaceAll("--[^\\n]*", "").replaceAll("\\s+", " ").trim().toLowerCase();
            assertThat(seen.put(sql, file)).as(file + " repeats another file").isNull();
        }
    }

    @Test
    void everyFragmentIsUsedInItsPackage() throws IOException {
        List<Path> fragments;
        try (Stream<Path> files = Files.walk(ROOT.resolve("dev/baton"))) {
            fragments = files.filter(p -> p.toString().endsWith(".sql"))
                    .filter(p -> !Character.isUpperCase(p.getParent().getFileName().toString().charAt(0))).toList();
        }
        assertThat(fragments).isNotEmpty();
        for (Path fragment : fragments) {
            String reference = "<" + fragment.getFileName().toString().replace(".sql", "") + ">";
            boolean used = false;
            for (Path statement : statements()) {
                used |= statement.getParent().getParent().equals(fragment.getParent())
                        && Files.readString(statement).contains(reference);
            }
            assertThat(used).as(fragment + " is named by no statement of its package").isTrue();
        }
    }

    @Test
    void aFragmentIsPutInOnOneLineAndAMissingOneIsNamed() {
        String sql = SqlFiles.withFragments(dev.baton.account.AccountDao.class,
                "select <accountColumns> from account where a <> b and c < :d");

        assertThat(sql).startsWith("select id, crm_id, name, ").endsWith(" roles_covered_at, ae_manager from account where a <> b and c < :d")
                .doesNotContain("\n").doesNotContain("--");
        assertThatThrownBy(() -> SqlFiles.withFragments(dev.baton.account.AccountDao.class, "select <nothing> from t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dev/baton/account/nothing.sql");
    }
}
