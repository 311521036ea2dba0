package dev.baton.slack;

import com.slack.api.model.view.ViewState;

import java.util.Map;

/**
 * Reads a submitted modal's values by block id; each input's action id is its block id plus
 * {@code -input}. Anything missing reads as null.
 */
public final class ModalValues {
    public static final String INPUT_SUFFIX = "-input";

    private final Map<String, Map<String, ViewState.Value>> values;

    public ModalValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    public String text(String field) {
        ViewState.Value value = value(field);
        return value == null ? null : value.getValue();
    }

    public String selected(String field) {
        ViewState.Value value = value(field);
        return value == null || value.getSelectedOption() == null ? null : value.getSelectedOption().getValue();
    }

    public String date(String field) {
        ViewState.Value value = value(field);
        return value == null ? null : value.getSelectedDate();
    }

    public String user(String field) {
        ViewState.Value value = value(field);
        return value == null ? null : value.getSelectedUser();
    }

    public String dateTime(String field) {
        ViewState.Value value = value(field);
        return value == null || value.getSelectedDateTime() == null ? null : String.valueOf(value.getSelectedDateTime());
    }

    public java.util.List<String> users(String field) {
        ViewState.Value value = value(field);
        return value == null || value.getSelectedUsers() == null ? java.util.List.of() : value.getSelectedUsers();
    }

    /** The values of every ticked checkbox (or selected option) in the field. */
    public java.util.List<String> selectedAll(String field) {
        ViewState.Value value = value(field);
        return value == null || value.getSelectedOptions() == null ? java.util.List.of()
                : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
    }

    /** Whether any checkbox in the field is ticked. */
    public boolean checked(String field) {
        ViewState.Value value = value(field);
        return value != null && value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty();
    }

    private ViewState.Value value(String field) {
        Map<String, ViewState.Value> block = values.get(field);
        return block == null ? null : block.get(field + INPUT_SUFFIX);
    }
}
