package dev.baton.slack;

import com.slack.api.model.view.ViewState;

import java.util.List;
import java.util.Map;

/**
 * Reads a submitted modal's values by block id, for every workflow's forms; each input's action id is its block id
 * plus {@code -input}. Anything missing reads as null (or, for the lists, as empty).
 */
public final class ModalValues {
    public static final String INPUT_SUFFIX = "-input";

    private final Map<String, Map<String, ViewState.Value>> values;

    public ModalValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    public String text(String field) {
        ViewState.Value value = input(field);
        return value == null ? null : value.getValue();
    }

    /** The text typed, trimmed; blank reads as null. */
    public String trimmedText(String field) {
        String text = any(field);
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String selected(String field) {
        ViewState.Value value = input(field);
        return value == null || value.getSelectedOption() == null ? null : value.getSelectedOption().getValue();
    }

    /** The values of the options ticked or picked in a multi-select or checkboxes. */
    public List<String> selectedAll(String field) {
        ViewState.Value value = input(field);
        return value == null || value.getSelectedOptions() == null ? List.of()
                : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
    }

    /** Whether any checkbox in the block is ticked. */
    public boolean checked(String field) {
        return !selectedAll(field).isEmpty();
    }

    public String date(String field) {
        ViewState.Value value = input(field);
        return value == null ? null : value.getSelectedDate();
    }

    public String user(String field) {
        ViewState.Value value = input(field);
        return value == null ? null : value.getSelectedUser();
    }

    public String dateTime(String field) {
        ViewState.Value value = input(field);
        return value == null || value.getSelectedDateTime() == null ? null : String.valueOf(value.getSelectedDateTime());
    }

    public List<String> users(String field) {
        ViewState.Value value = input(field);
        return value == null || value.getSelectedUsers() == null ? List.of() : value.getSelectedUsers();
    }

    /** The input's value whatever its element: the option picked, the date, the user or the text typed. */
    public String any(String field) {
        ViewState.Value value = input(field);
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

    private ViewState.Value input(String field) {
        Map<String, ViewState.Value> block = values.get(field);
        return block == null ? null : block.get(field + INPUT_SUFFIX);
    }
}
