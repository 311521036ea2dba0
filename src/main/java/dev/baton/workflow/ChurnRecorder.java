package dev.baton.workflow;

import org.jdbi.v3.core.Handle;

import java.util.Map;

/**
 * Records a churn exactly as {@code POST /api/churn} does (its validation, the retro rule, the retro's kickoff), in
 * the caller's transaction: the port through which a workflow that learns of a churn (a processed renewal) hands it
 * to the churn workflow without importing it. The churn workflow implements it; Baton passes it on.
 */
public interface ChurnRecorder {
    /**
     * Records a churn on the account from the churn form's fields by name, as {@code POST /api/churn} takes them
     * ({@code kind}, {@code arr_before}, {@code arr_after}, {@code seats_before}, {@code seats_after},
     * {@code effective_date}, {@code category}, {@code reason}, optionally {@code sponsor}).
     */
    Result record(Handle handle, String actor, long accountId, Map<String, String> fields);

    /** What recording came to. */
    sealed interface Result {
    }

    /** Stored; {@code whyNoRetro} says why no retro was needed, empty when one was kicked off. */
    record Recorded(long churnId, boolean retroRequired, String whyNoRetro) implements Result {
    }

    /** Not stored: the problems by field name (the actor's own under {@code actor}, the account's under {@code crm_id}). */
    record Refused(Map<String, String> problems) implements Result {
    }
}
