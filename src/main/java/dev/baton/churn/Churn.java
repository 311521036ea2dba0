package dev.baton.churn;

import dev.baton.account.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded churn row. */
public record Churn(long id, long accountId, ChurnKind kind, long arrBeforeCents, long arrAfterCents, int seatsBefore,
                    int seatsAfter, LocalDate effectiveDate, String category, String reason, boolean retroRequired,
                    String recordedBy, Instant recordedAt) {
    public long arrLostCents() {
        return arrBeforeCents - arrAfterCents;
    }

    public String arrBefore() {
        return Money.dollars(arrBeforeCents);
    }

    public String arrAfter() {
        return Money.dollars(arrAfterCents);
    }

    public String arrLost() {
        return Money.dollars(arrLostCents());
    }

    ChurnInput input() {
        return new ChurnInput(kind, arrBeforeCents, arrAfterCents, seatsBefore, seatsAfter, effectiveDate, category,
                reason, null);
    }
}
