package dev.baton.churn;

import dev.baton.account.Money;
import dev.baton.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The retro rule at its edges, and the problems named for bad input. */
class ChurnFormTest {
    static final List<String> CATEGORIES = Arrays.stream(Settings.DEFAULT_CLOSED_LOST_CATEGORIES.split(","))
            .map(String::trim).toList();

    static Map<String, String> churn(String kind, String before, String after, String seatsBefore, String seatsAfter) {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("arr_before", before);
        fields.put("arr_after", after);
        fields.put("seats_before", seatsBefore);
        fields.put("seats_after", seatsAfter);
        fields.put("effective_date", "2026-12-31");
        fields.put("category", "competitor");
        fields.put("reason", "Moved to a cheaper tool");
        return fields;
    }

    static ChurnInput valid(Map<String, String> fields) {
        ChurnForm.Result result = new ChurnForm(fields).validate(CATEGORIES);
        assertThat(result).isInstanceOf(ChurnForm.Valid.class);
        return ((ChurnForm.Valid) result).churn();
    }

    static Map<String, String> problems(Map<String, String> fields) {
        ChurnForm.Result result = new ChurnForm(fields).validate(CATEGORIES);
        assertThat(result).isInstanceOf(ChurnForm.Invalid.class);
        return ((ChurnForm.Invalid) result).problems();
    }

    @Test
    void exactlyOneHundredFiftyThousandLostNeedsNoRetro() {
        ChurnInput churn = valid(churn("full", "150000", "0", "100", "0"));
        assertThat(churn.arrLostCents()).isEqualTo(15_000_000L);
        assertThat(churn.category()).isEqualTo("Competitor");
        assertThat(RetroRule.required(churn)).isFalse();
        assertThat(RetroRule.whyNotRequired(churn)).contains("$150,000.00").contains("not above $150,000.00");
    }

    @Test
    void oneCentMoreNeedsARetro() {
        ChurnInput churn = valid(churn("full", "150,000.01", "0", "100", "0"));
        assertThat(churn.arrLostCents()).isEqualTo(15_000_001L);
        assertThat(RetroRule.required(churn)).isTrue();
        assertThat(RetroRule.whyNotRequired(churn)).isEmpty();
    }

    @Test
    void arrLostWithTheSameSeatsNeedsNoRetro() {
        ChurnInput churn = valid(churn("partial", "400000", "100000", "250", "250"));
        assertThat(RetroRule.required(churn)).isFalse();
        assertThat(RetroRule.whyNotRequired(churn)).contains("seats did not decrease (250 → 250)");
    }

    @Test
    void aPartialChurnAboveTheLineWithFewerSeatsNeedsARetro() {
        ChurnInput churn = valid(churn("partial", "$400,000.00", "249999.99", "250", "120"));
        assertThat(churn.arrLostCents()).isEqualTo(15_000_001L);
        assertThat(RetroRule.required(churn)).isTrue();
        ChurnInput small = valid(churn("partial", "400000", "300000", "250", "120"));
        assertThat(RetroRule.required(small)).isFalse();
    }

    @Test
    void namesEachProblemOnItsField() {
        Map<String, String> problems = problems(churn("partial", "100000", "200000", "12.5", "ten"));
        assertThat(problems.get("arr_after")).contains("cannot be above arr_before");
        assertThat(problems.get("seats_before")).contains("whole number").contains("12.5");
        assertThat(problems.get("seats_after")).contains("whole number").contains("ten");
        Map<String, String> more = problems(churn("gone", "1.001", "0", "10", "11"));
        assertThat(more.get("kind")).contains("full or partial");
        assertThat(more.get("arr_before")).contains("two decimal places");
        assertThat(more.get("seats_after")).contains("cannot be above seats_before");
        Map<String, String> full = churn("full", "200000", "5", "10", "0");
        full.put("category", "Weather");
        full.put("effective_date", "31/12/2026");
        full.put("reason", " ");
        Map<String, String> fullProblems = problems(full);
        assertThat(fullProblems.get("arr_after")).contains("full churn leaves no ARR");
        assertThat(fullProblems.get("category")).contains("Budget").contains("Weather");
        assertThat(fullProblems.get("effective_date")).contains("YYYY-MM-DD");
        assertThat(fullProblems.get("reason")).contains("required");
    }

    @Test
    void formatsDollarsFromCents() {
        assertThat(Money.dollars(15_000_001L)).isEqualTo("$150,000.01");
        assertThat(Money.dollars(0)).isEqualTo("$0.00");
    }
}
