package dev.baton.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** When a pending outbox row may next be taken: its due time, or later while another sender leases it. */
public record PendingTime(Instant nextAttemptAt, Instant leaseUntil) {
    Instant takeableAt() {
        return leaseUntil != null && leaseUntil.isAfter(nextAttemptAt) ? leaseUntil : nextAttemptAt;
    }

    /**
     * The earliest time any pending row may be taken, from the {@code limit} earliest due ones: exact unless
     * all of those are leased, when the last one's due time bounds the rest from below (so a sender never
     * sleeps past a due row). Reading the head of the due index instead of every pending row keeps an idle
     * check cheap under a backlog.
     */
    static Optional<Instant> nextDue(List<PendingTime> head, int limit) {
        Optional<Instant> earliest = head.stream().map(PendingTime::takeableAt).min(Instant::compareTo);
        if (head.size() < limit || earliest.isEmpty()) {
            return earliest;
        }
        Instant bound = head.get(head.size() - 1).nextAttemptAt();
        return Optional.of(earliest.get().isBefore(bound) ? earliest.get() : bound);
    }
}
