package dev.baton.churn;

import com.slack.api.model.view.ViewState;

import java.util.Map;

/** Reads one input of a submitted churn modal by block id, whatever its element type; missing reads as null. */
final class ModalValues {
    private final Map<String, Map<String, ViewState.Value>> values;

    ModalValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    String get(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        ViewState.Value value = block == null ? null : block.get(blockId + ChurnIds.INPUT_SUFFIX);
        if (value == null) {
            return null;
        }
        if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        }
        if (value.getSelectedDate() != null) {
            return value.getSelectedDate();
        }
        if (value.getSelectedUser() != null) {
            return value.getSelectedUser();
        }
        return value.getValue();
    }
}
