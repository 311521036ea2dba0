package dev.baton.accounthealth;

import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The health recompute as {@link HealthWorkflow} builds it, without Slack, for the benchmark (which lives in
 * {@code dev.baton.bench} and cannot reach this package's classes): one account recomputed in a transaction of its
 * own, or the workflow's tick over the marked accounts.
 */
public final class HealthRecomputeProbe {
    private final Database db;
    private final Clock clock;
    private final HealthRecompute recompute;
    private final HealthWork work;

    public HealthRecomputeProbe(Database db, Clock clock, Duration debounce) {
        this.db = db;
        this.clock = clock;
        recompute = new HealthRecompute(HealthWeights.DEFAULTS, Optional.empty(), ZoneOffset.UTC, false);
        work = new HealthWork(db.jdbi(), clock, recompute,
                new BandChange(new BlockKit(new Templates(Path.of("templates")))), debounce, "bench");
    }

    /**
     * Recomputes a batch of accounts, each in a transaction of its own, sharing one
     * {@link HealthRecompute.Batch}, without the queue; answers how many got a score.
     */
    public int recompute(List<Long> accountIds) {
        HealthRecompute.Batch batch = recompute.batch();
        int scored = 0;
        for (long accountId : accountIds) {
            Integer score = db.jdbi().inTransaction(handle -> batch.recompute(handle, accountId, clock.instant())
                    .score());
            scored += score == null ? 0 : 1;
        }
        return scored;
    }

    /** One tick of the workflow; answers how many accounts it recomputed. */
    public int tick() {
        return work.tick();
    }
}
