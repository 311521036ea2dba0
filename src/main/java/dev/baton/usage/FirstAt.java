package dev.baton.usage;

import java.time.Instant;

/** The earliest known use time of the first use with this id: one row of usage_first_at. */
public record FirstAt(long id, Instant firstAt) {
}
