package dev.baton.forecast;

import dev.baton.account.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One quarter's renewals (money in cents): the ARR up for renewal, what the forecasts retain of it and leave in
 * all, and the counts by agreed rating and by projected outcome. A renewal not yet forecast counts as flat.
 */
public record QuarterFigures(int renewalYear, int renewalQuarter, int renewals, long arrCents, long retainedCents,
                             long projectedCents, int green, int yellow, int red, int unrated, int fullChurn,
                             int partialChurn, int flat, int incremental, int unforecast) {

    /** The sum of several quarters, labelled {@code year} 0. */
    static QuarterFigures total(Iterable<QuarterFigures> quarters) {
        QuarterFigures sum = new QuarterFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (QuarterFigures q : quarters) {
            sum = new QuarterFigures(0, 0, sum.renewals + q.renewals, sum.arrCents + q.arrCents,
                    sum.retainedCents + q.retainedCents, sum.projectedCents + q.projectedCents, sum.green + q.green,
                    sum.yellow + q.yellow, sum.red + q.red, sum.unrated + q.unrated, sum.fullChurn + q.fullChurn,
                    sum.partialChurn + q.partialChurn, sum.flat + q.flat, sum.incremental + q.incremental,
                    sum.unforecast + q.unforecast);
        }
        return sum;
    }

    public String label() {
        return "Q" + renewalQuarter + " " + renewalYear;
    }

    public String arr() {
        return Money.dollars(arrCents);
    }

    public String retained() {
        return Money.dollars(retainedCents);
    }

    /** The ARR the forecasts lose: full and partial churns. */
    public String churn() {
        return Money.dollars(arrCents - retainedCents);
    }

    /** The ARR incremental renewals add. */
    public String expansion() {
        return Money.dollars(projectedCents - retainedCents);
    }

    public String projected() {
        return Money.dollars(projectedCents);
    }

    /** Retained over up for renewal, as {@code 92.5%}; {@code n/a} without ARR. */
    public String grossRetention() {
        return percent(retainedCents);
    }

    /** All the forecasts leave (retained and expansion) over up for renewal. */
    public String netRetention() {
        return percent(projectedCents);
    }

    private String percent(long part) {
        if (arrCents == 0) {
            return "n/a";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(arrCents), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
