package dev.baton.successplan;

/** Every Slack id the success-plan workflow uses, in one place; the form's slots are counted here too. */
final class SuccessPlanIds {
    static final String COMMAND = "/successplan";
    static final String MODAL = "successplan-modal";
    static final String ACTION_OPEN_ACCOUNT = "successplan-open-account";
    static final String ACTION_EDIT = "successplan-edit";
    static final String ACTION_FOR_QBR = "successplan-for-qbr";
    static final String ACTION_DONE = "successplan-action-done";
    static final String ACTION_TAG_CHAMPION = "successplan-tag-champion";
    static final int GOALS = 3;
    static final int ACTIONS_PER_GOAL = 2;
    static final int RELATIONSHIPS = 3;
    static final int ASKS = 2;

    private SuccessPlanIds() {
    }

    static String goal(int goal, String field) {
        return "successplan-goal-" + goal + "-" + field;
    }

    static String action(int goal, int position, String field) {
        return "successplan-action-" + goal + "-" + position + "-" + field;
    }

    static String relationship(int position, String field) {
        return "successplan-rel-" + position + "-" + field;
    }

    static String ask(int position, String field) {
        return "successplan-ask-" + position + "-" + field;
    }
}
