package dev.baton.churn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems with a retro doc, keyed by modal block id: drafts need only consistent rows, a final doc every section. */
final class RetroDocCheck {
    static final int MAX_ACTIONS = 5;
    static final int MAX_SECTION = 10_000;

    private RetroDocCheck() {
    }

    static Map<String, String> problems(RetroDoc doc, boolean ready, List<String> categories) {
        Map<String, String> problems = new LinkedHashMap<>();
        section(problems, RetroIds.SUMMARY, "the summary", doc.summary(), ready);
        section(problems, RetroIds.TIMELINE, "the timeline", doc.timelineText(), ready);
        section(problems, RetroIds.WHAT_HAPPENED, "what happened and why", doc.whatHappened(), ready);
        section(problems, RetroIds.REASON, "the closed-lost reason agreed with the AE", doc.agreedReason(), ready);
        section(problems, RetroIds.LESSONS, "the lessons learned", doc.lessons(), ready);
        if (doc.agreedCategory() != null && !categories.contains(doc.agreedCategory())) {
            problems.put(RetroIds.CATEGORY, "Pick one of " + String.join(", ", categories) + ".");
        } else if (ready && doc.agreedCategory() == null) {
            problems.put(RetroIds.CATEGORY, "Agree the closed-lost category with the AE before the review.");
        }
        for (RetroDoc.ActionDraft action : doc.actions()) {
            if (!action.blank() && !action.complete()) {
                String block = RetroIds.action(action.position(), action.action() == null ? "action"
                        : action.owner() == null ? "owner" : "due");
                problems.put(block, "Each call to action needs what to do, an owner and a due date.");
            } else if (action.action() != null && action.action().length() > 2000) {
                problems.put(RetroIds.action(action.position(), "action"), "Keep it under 2,000 characters.");
            }
        }
        if (ready && doc.actions().stream().noneMatch(RetroDoc.ActionDraft::complete)) {
            problems.putIfAbsent(RetroIds.action(1, "action"), "Add at least one call to action before the review.");
        }
        return problems;
    }

    private static void section(Map<String, String> problems, String block, String what, String text, boolean ready) {
        if (text != null && text.length() > MAX_SECTION) {
            problems.put(block, "Keep " + what + " under 10,000 characters.");
        } else if (ready && text == null) {
            problems.put(block, "Fill in " + what + " before marking the doc ready for review.");
        }
    }
}
