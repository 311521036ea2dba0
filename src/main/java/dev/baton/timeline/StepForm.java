package dev.baton.timeline;

/**
 * A button that opens a due step's own form (the renewal assessment, the contact modal): the workflow's own action
 * id and value, so the workflow's own handler answers it wherever the button is shown (App Home's Today).
 */
public record StepForm(String actionId, String label, String value) {
    public StepForm(String actionId, String label, long value) {
        this(actionId, label, Long.toString(value));
    }
}
