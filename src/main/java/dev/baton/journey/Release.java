package dev.baton.journey;

import java.time.Instant;

/** A product release a leader posted, for the product-releases journey. */
public record Release(long id, String title, String summary, String link, String postedBy, Instant postedAt) {
}
