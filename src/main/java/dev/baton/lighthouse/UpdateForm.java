package dev.baton.lighthouse;

import dev.baton.slack.ModalValues;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The weekly update as typed: progress, blockers, asks, the steps done, and each criterion's current value and met. */
record UpdateForm(String progress, String blockers, String asks, List<Long> stepsDone, Map<Integer, String> current,
                  Map<Integer, Boolean> met) {
    static UpdateForm read(ModalValues values, List<LighthouseRows.Criterion> criteria) {
        Map<Integer, String> current = new LinkedHashMap<>();
        Map<Integer, Boolean> met = new LinkedHashMap<>();
        for (LighthouseRows.Criterion c : criteria) {
            current.put(c.position(), values.trimmedText(LighthouseIds.criterion(c.position(), "current")));
            met.put(c.position(), values.checked(LighthouseIds.met(c.position())));
        }
        return new UpdateForm(values.trimmedText(LighthouseIds.FIELD_PROGRESS),
                values.trimmedText(LighthouseIds.FIELD_BLOCKERS), values.trimmedText(LighthouseIds.FIELD_ASKS),
                values.selectedAll(LighthouseIds.FIELD_STEPS_DONE).stream().map(Long::parseLong).toList(), current, met);
    }
}
