package dev.baton.usage;

/** A first use's id by its pair key, as {@code firstUseIds.sql} answers. */
public record FirstUseId(String pairKey, long id) {
}
