package dev.baton.forecast;

import java.time.LocalDate;

/** A renewal missing a step: {@code no_assessment}, {@code no_rating} or {@code no_forecast}; {@code ofKind} counts them. */
public record DigestGap(String gap, String name, LocalDate renewalDate, int ofKind) {
}
