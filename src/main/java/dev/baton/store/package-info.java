/**
 * The database: the pool, the migrated schema, the configured {@link org.jdbi.v3.core.Jdbi}, outage handling, and
 * the one rule for reaching the data.
 *
 * <h2>The data-access rule</h2>
 * <ol>
 *   <li><b>A SqlObject DAO by default.</b> A JDBI interface, one method per statement, its SQL in
 *       {@code src/main/resources/<package>/<Dao>/<method>.sql} (read through the one locator
 *       {@link dev.baton.store.Database#configured} installs), parameters named ({@code :accountId}), rows as
 *       records with a mapper, {@code @Transaction} where a write touches two tables. Never SQL built from user
 *       text, never SQL in a Java string.</li>
 *   <li><b>{@link dev.baton.store.PlainJdbc} only where a benchmark measured JDBI's own work.</b> The reads
 *       behind every {@code /roles} and {@code /handoff} card (the account lookup, the contacts, the hand-off and
 *       its latest doc), the replay check in front of every Slack request ({@code slack/SeenRequests}, all of
 *       whose statements share its pooled connection), the usage batches (first uses, their alerts, the paced
 *       outbox inserts) and the schema check at start-up, before JDBI is set up. Each is in
 *       {@code docs/performance.md} with what it measured. They use the same kind of {@code .sql} file, the DAO's
 *       own when a DAO runs the same statement, parsed once by JDBI's own parser and bound by name. Nothing else
 *       runs JDBC by hand (but {@code Database}'s warm-up of H2's page cache, a script of counts read after
 *       start), and no SQL file uses {@code ?}. A new statement joins them only with a benchmark
 *       figure of its own.</li>
 *   <li><b>Every statement exists once.</b> Two paths that run the same statement read the same file; a
 *       column list several statements share is a fragment, {@code <package>/<name>.sql}, named in them as
 *       {@code <name>} and put in when the file is read ({@code SqlFiles}), as the account columns are (not a
 *       view: H2 runs a view as a subquery, which slowed the lookup, see {@code docs/performance.md}).
 *       {@code SqlFilesTest} fails on a statement written twice.</li>
 * </ol>
 */
package dev.baton.store;
