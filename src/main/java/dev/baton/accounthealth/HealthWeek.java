package dev.baton.accounthealth;

import java.time.LocalDate;

/** One weekly snapshot of an account's health ({@code account_health_week}). */
public record HealthWeek(LocalDate weekStart, Integer score, String band) {
}
