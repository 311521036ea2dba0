package dev.baton.successplan;

/** A contact the plan works on: their sentiment, whether to develop them into a champion, why, and the win. */
public record Relationship(long planId, int position, long contactId, String sentiment, boolean champion, String why,
                           String win) {
}
