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

    /** Whether any checkbox in the block is ticked. */
    boolean checked(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        ViewState.Value value = block == null ? null : block.get(blockId + ChurnIds.INPUT_SUFFIX);
        return value != null && value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty();
    }

    /** The retro doc as typed: blank fields read as null. */
    RetroDoc retroDoc() {
        java.util.List<RetroDoc.ActionDraft> actions = new java.util.ArrayList<>();
        for (int i = 1; i <= RetroDocCheck.MAX_ACTIONS; i++) {
            String due = text(RetroIds.action(i, "due"));
            actions.add(new RetroDoc.ActionDraft(i, text(RetroIds.action(i, "action")), text(RetroIds.action(i, "owner")),
                    due == null ? null : java.time.LocalDate.parse(due)));
        }
        return new RetroDoc(text(RetroIds.SUMMARY), text(RetroIds.TIMELINE), text(RetroIds.WHAT_HAPPENED),
                text(RetroIds.CATEGORY), text(RetroIds.REASON), text(RetroIds.LESSONS), actions);
    }

    private String text(String blockId) {
        String value = get(blockId);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
