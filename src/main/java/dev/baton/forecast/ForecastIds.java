package dev.baton.forecast;

import java.util.Locale;

/** Every Slack id the forecast workflow uses, in one place; the renewal card's buttons carry the first two. */
final class ForecastIds {
    /** Opens the forecast modal; the value is the renewal cycle's id. */
    static final String ACTION_OPEN = "forecast-open";
    /** Opens the Process renewal modal; the value is the renewal cycle's id. */
    static final String ACTION_PROCESS_OPEN = "forecast-process-open";
    static final String FORECAST_MODAL = "forecast-modal";
    static final String PROCESS_MODAL = "forecast-process-modal";

    private ForecastIds() {
    }

    /** The modal block id for a field name: {@code arr_after} → {@code forecast-field-arr-after}. */
    static String block(String field) {
        return "forecast-field-" + field.replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
