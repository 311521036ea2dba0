package dev.baton.accounthealth;

import java.util.List;
import java.util.Optional;

/**
 * How each component turns its input into 0–100; each answers null when its input is missing, so the score
 * leaves it out. The rules are the ones the README's health section documents.
 */
public final class ComponentScores {
    private ComponentScores() {
    }

    /** Active users over seats purchased, in percent, at most 100; missing without a seat report or seats. */
    public static Integer utilisation(Integer activeUsers, Integer seatsPurchased) {
        if (activeUsers == null || seatsPurchased == null || seatsPurchased <= 0) {
            return null;
        }
        return (int) Math.min(100, Math.round(activeUsers * 100.0 / seatsPurchased));
    }

    /**
     * The features the account's segment peers use (the peer catalogue, drawn from every feature seen in the
     * events) that the account uses too, as a share of that catalogue; missing when its peers use none.
     */
    public static Integer adoption(int peerFeaturesUsed, int peerFeatures) {
        if (peerFeatures <= 0) {
            return null;
        }
        return (int) Math.round(Math.min(peerFeaturesUsed, peerFeatures) * 100.0 / peerFeatures);
    }

    /**
     * Active users' trend over four weeks, from the oldest to the newest weekly figure in that window: steady or
     * growing is 100, and every 1% lost costs 2 points (half the users gone is 0). Missing with fewer than two
     * weekly figures or none above zero at the start. The other engagement signals ({@link #survey}, {@link #email})
     * come in {@code signals}, null where missing: the component is the mean of those present.
     */
    public static Integer engagement(List<Integer> weeklyActiveUsers, List<Integer> signals) {
        java.util.ArrayList<Integer> present = new java.util.ArrayList<>();
        trend(weeklyActiveUsers).ifPresent(present::add);
        signals.stream().filter(java.util.Objects::nonNull).forEach(present::add);
        if (present.isEmpty()) {
            return null;
        }
        return (int) Math.round(present.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    /**
     * The journey survey's answers (0–10) as a net promoter reading: 50 + 50 × (promoters, 9–10, less detractors,
     * 0–6) over all answers, so all promoters is 100, all detractors 0, passives (7–8) 50. A detractor pulls
     * engagement down and a promoter up wherever the rest is between. Missing without answers.
     */
    public static Integer survey(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return (int) Math.round(50 + 50.0 * (promoters - detractors) / scores.size());
    }

    /**
     * The journey emails sent that a contact opened or clicked, in percent; missing when none were sent. Only read
     * when opens are tracked, since without the pixel an email read but not clicked would count as ignored.
     */
    public static Integer email(int sent, int engaged) {
        if (sent <= 0) {
            return null;
        }
        return (int) Math.round(Math.min(engaged, sent) * 100.0 / sent);
    }

    private static Optional<Integer> trend(List<Integer> weekly) {
        if (weekly.size() < 2 || weekly.get(0) == null || weekly.get(0) <= 0) {
            return Optional.empty();
        }
        double change = (weekly.get(weekly.size() - 1) - weekly.get(0)) / (double) weekly.get(0);
        return Optional.of((int) Math.max(0, Math.min(100, Math.round(100 + 200 * change))));
    }

    /**
     * The account's product version against the latest: current is 100, a patch behind 90, each minor version
     * behind 15 less (down to 40), a major version behind 40 and each further one 20 less. Missing when either
     * version is unknown or not of the form 1.2.3.
     */
    public static Integer versionCurrency(String version, String latest) {
        Optional<int[]> mine = ProductVersion.parse(version);
        Optional<int[]> newest = ProductVersion.parse(latest);
        if (mine.isEmpty() || newest.isEmpty()) {
            return null;
        }
        int[] a = mine.get();
        int[] b = newest.get();
        if (b[0] > a[0]) {
            return Math.max(0, 40 - 20 * (b[0] - a[0] - 1));
        }
        if (b[0] == a[0] && b[1] > a[1]) {
            return Math.max(40, 100 - 15 * (b[1] - a[1]));
        }
        if (b[0] == a[0] && b[1] == a[1] && b[2] > a[2]) {
            return 90;
        }
        return 100;
    }

    /**
     * Relationships: the share of the three required roles covered (50 points), a champion tagged (25), and the
     * contacts confirmed current at the last renewal assessment (25). Without an assessment that last part is left
     * out and the other two are scaled to 100.
     */
    public static Integer relationships(int requiredCovered, int required, boolean championTagged,
                                        Boolean contactsConfirmed) {
        double points = (required == 0 ? 50 : 50.0 * requiredCovered / required) + (championTagged ? 25 : 0);
        if (contactsConfirmed == null) {
            return (int) Math.round(points * 100 / 75);
        }
        return (int) Math.round(points + (contactsConfirmed ? 25 : 0));
    }
}
