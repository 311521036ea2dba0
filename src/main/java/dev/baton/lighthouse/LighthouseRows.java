package dev.baton.lighthouse;

import java.time.Instant;
import java.time.LocalDate;

/** The Lighthouse tables' rows, as records (public: JDBI's constructor mapper and FreeMarker read only public types). */
public final class LighthouseRows {
    private LighthouseRows() {
    }

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";

    /** An account in the program (or that was): its enrolled nomination's program row. */
    public record Program(long nominationId, long accountId, Instant enteredAt, String sponsor, String problem,
                          String goal, String planStatus, Instant planSavedAt, String notYetReason,
                          LocalDate presentedOn, Instant exitedAt) {
        public boolean submitted() {
            return SUBMITTED.equals(planStatus);
        }
    }

    public record Criterion(long nominationId, int position, String what, String measure, String target,
                            String currentValue, boolean met) {
    }

    public record PlanStep(long id, long nominationId, int criterionPosition, int position, String action, String owner,
                           LocalDate dueOn, Instant doneAt, String doneBy) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public record Update(long id, long nominationId, Instant at, String actor, String progress, String blockers,
                         String asks) {
    }

    public record ExitProposal(long id, long nominationId, String proposedBy, Instant proposedAt, String note,
                               String status) {
        public static final String OPEN = "open";
        public static final String AGREED = "agreed";
        public static final String NOT_YET = "not_yet";
    }

    public record ExitVote(long proposalId, String voter, String vote, String reason, Instant at) {
        public static final String AGREE = "agree";

        public boolean agrees() {
            return AGREE.equals(vote);
        }
    }

    public record SyncAnswer(LocalDate syncDate, long nominationId, boolean confirmed, String updates, String blockers,
                             String answeredBy, Instant answeredAt) {
    }

    /** One line of the master list. */
    public record ListRow(long accountId, String name, Long arrCents, LocalDate renewalDate, Instant enteredAt,
                          String sponsor, int criteriaMet, int criteriaTotal, Instant lastUpdateAt, boolean mine) {
    }
}
