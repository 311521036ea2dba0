package dev.baton.store;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.sqlobject.locator.SqlLocator;
import org.jdbi.v3.sqlobject.locator.SqlObjectClasspathSqlLocator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every statement Baton runs from {@code <package>/<Owner>/<name>.sql}, for the SqlObject DAOs and for
 * {@link PlainJdbc} alike, so the two read the same text. A statement may name a fragment as {@code <name>}
 * (JDBI's own define syntax), which stands for {@code <package>/<name>.sql}: the account columns are written
 * once that way instead of in every account query. Fragments are put in when the file is read, never per
 * statement; a fragment that does not exist fails the read, naming it.
 */
final class SqlFiles {
    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.create();
    /** {@code <name>}: no spaces inside, so {@code a < b} and {@code <>} are left alone. */
    private static final Pattern FRAGMENT = Pattern.compile("<([A-Za-z][A-Za-z0-9_]*)>");

    private SqlFiles() {
    }

    /** The text of {@code <owner's package>/<owner>/<name>.sql}, its fragments put in. */
    static String text(Class<?> owner, String name) {
        return withFragments(owner, LOCATOR.locate(owner, name));
    }

    /** The locator the SqlObject DAOs read their files through: JDBI's own, then the fragments put in. */
    static SqlLocator forSqlObjects() {
        SqlObjectClasspathSqlLocator files = new SqlObjectClasspathSqlLocator(LOCATOR);
        return (type, method, config) -> withFragments(type, files.locate(type, method, config));
    }

    static String withFragments(Class<?> owner, String sql) {
        if (sql.indexOf('<') < 0) {
            return sql;
        }
        Matcher fragment = FRAGMENT.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        while (fragment.find()) {
            fragment.appendReplacement(out, Matcher.quoteReplacement(fragment(owner, fragment.group(1))));
        }
        return fragment.appendTail(out).toString();
    }

    /** A fragment's text without its comment lines, on one line, so it reads as written where it is put. */
    private static String fragment(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name + ".sql";
        String text;
        try {
            text = ClasspathSqlLocator.getResourceOnClasspath(owner.getClassLoader(), path);
        } catch (IllegalArgumentException missing) {
            throw new IllegalArgumentException("the SQL fragment <" + name + "> needs " + path + ", which does not exist",
                    missing);
        }
        return text.lines().filter(line -> !line.strip().startsWith("--")).map(String::strip)
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
