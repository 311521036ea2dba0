package dev.baton.account;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dollars typed by people or sent by the CRM, to and from cents: ARR and the amounts every workflow computes from it. */
public final class Money {
    private Money() {
    }

    /** Parses {@code 150000}, {@code 150,000.01} or {@code $150000}; throws naming the field when it cannot. */
    public static long cents(String field, String typed) {
        String text = typed == null ? "" : typed.trim().replace(",", "").replace("$", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        BigDecimal dollars;
        try {
            dollars = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be an amount in dollars such as 150000.00, not '" + typed.trim() + "'");
        }
        if (dollars.signum() < 0) {
            throw new IllegalArgumentException(field + " cannot be negative");
        }
        if (dollars.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " has more than two decimal places");
        }
        try {
            return dollars.movePointRight(2).setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " is too large");
        }
    }

    /** {@code 15000001} → {@code $150,000.01}. */
    public static String dollars(long cents) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** {@code 15000001} → {@code 150000.01}: dollars as {@link #cents} reads them back. */
    public static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
