package dev.baton.account;

import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the account a person means from what they typed: a CRM id, a name, or part of one. */
public final class AccountDirectory {
    static final int MAX_CHOICES = 10;
    static final int MAX_NEAREST = 5;

    private static final PlainJdbc.Statement BY_CRM_ID = PlainJdbc.statement(AccountDao.class, "findByCrmId");
    private static final PlainJdbc.Statement BY_NAME_KEY = PlainJdbc.statement(AccountDao.class, "findByNameKey");
    private static final PlainJdbc.Statement BY_NAME_FRAGMENT = PlainJdbc.statement(AccountDirectory.class, "byNameFragment");
    private static final PlainJdbc.Statement ALL_NAMES = PlainJdbc.statement(AccountDirectory.class, "allNames");
    private static final AccountMapper ACCOUNT = new AccountMapper();
    private static final RowMapper<String> NAME = (row, ctx) -> row.getString("name");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Jdbi jdbi;

    public AccountDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The lookup key of a name: trimmed, single-spaced, lower case. */
    public static String key(String name) {
        return name == null ? null : WHITESPACE.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public Optional<Account> byId(long id) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.findById(id));
    }

    public AccountMatch find(String typed) {
        return jdbi.withHandle(handle -> find(handle, typed));
    }

    /** What a lookup found, and what {@code details} read about the account when exactly one matched. */
    public record Lookup<T>(AccountMatch match, T details) {
    }

    /** Looks the account up and, when exactly one matches, reads more about it in the same handle. */
    public <T> Lookup<T> find(String typed, BiFunction<Handle, Account, T> details) {
        return jdbi.withHandle(handle -> {
            AccountMatch match = find(handle, typed);
            return new Lookup<>(match, match instanceof AccountMatch.Found found
                    ? details.apply(handle, found.account()) : null);
        });
    }

    /**
     * Every slash command starts here, so the lookup runs on {@link PlainJdbc}, from the DAO's own SQL files where
     * the DAO has the same query. The CRM id and the exact name are two simple queries rather than one UNION: H2
     * re-parses a UNION on every run.
     */
    private static AccountMatch find(Handle handle, String typed) {
        String query = typed == null ? "" : typed.trim();
        List<Account> byCrmId = PlainJdbc.list(handle, BY_CRM_ID, ACCOUNT, Map.of("crmId", query));
        if (!byCrmId.isEmpty()) {
            return new AccountMatch.Found(byCrmId.get(0));
        }
        String key = key(query);
        List<Account> exact = PlainJdbc.list(handle, BY_NAME_KEY, ACCOUNT, Map.of("nameKey", key));
        if (exact.size() == 1) {
            return new AccountMatch.Found(exact.get(0));
        }
        if (exact.size() > 1) {
            return new AccountMatch.Several(exact);
        }
        List<Account> partial = key.length() < 2 ? List.of()
                : PlainJdbc.list(handle, BY_NAME_FRAGMENT, ACCOUNT,
                        Map.of("pattern", "%" + escapeLike(key) + "%", "limit", MAX_CHOICES + 1));
        if (partial.size() == 1) {
            return new AccountMatch.Found(partial.get(0));
        }
        if (!partial.isEmpty()) {
            return new AccountMatch.Several(partial.subList(0, Math.min(MAX_CHOICES, partial.size())));
        }
        return new AccountMatch.None(query, nearest(key, PlainJdbc.list(handle, ALL_NAMES, NAME, Map.of())));
    }

    static List<String> nearest(String key, List<String> names) {
        Map<String, Integer> distances = names.stream().distinct()
                .collect(Collectors.toMap(n -> n, n -> EditDistance.between(key, key(n))));
        int cutoff = Math.max(3, key.length() / 2);
        return distances.entrySet().stream()
                .filter(e -> e.getValue() <= cutoff)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_NEAREST)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

}
