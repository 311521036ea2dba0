package dev.baton.usage;

import java.time.Instant;

/**
 * The common form of event times, {@code YYYY-MM-DDTHH:MM:SS[.f...]Z}, read without {@code DateTimeFormatter},
 * whose general parser showed in every usage batch's time. Anything else, valid or not, is left to it.
 */
final class UtcTimestamp {
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private UtcTimestamp() {
    }

    /** The instant, or null when the text is not exactly that form with valid fields. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = fraction(text, 19, length - 1);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The number in {@code [from, to)}, or -1 unless every character there is an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds of an optional {@code .f} to {@code .fffffffff} in {@code [from, to)}; -1 when malformed. */
    private static int fraction(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        int count = to - from - 1;
        if (text.charAt(from) != '.' || count < 1 || count > 9) {
            return -1;
        }
        int value = digits(text, from + 1, to);
        for (int i = count; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    /** Days from 1970-01-01 to the date in the proleptic Gregorian calendar (as {@code LocalDate.toEpochDay}). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
