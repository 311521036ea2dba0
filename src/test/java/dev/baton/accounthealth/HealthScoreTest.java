package dev.baton.accounthealth;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthScoreTest {

    @Test
    void aKnownSetOfInputsGivesEachComponentAndTheWeightedScore() {
        Map<Component, Integer> scored = new EnumMap<>(Component.class);
        scored.put(Component.UTILISATION, ComponentScores.utilisation(60, 100));             // 60
        scored.put(Component.ADOPTION, ComponentScores.adoption(3, 4));                      // 75
        scored.put(Component.ENGAGEMENT, ComponentScores.engagement(List.of(40, 38, 36), List.of())); // -10% -> 80
        scored.put(Component.VERSION_CURRENCY, ComponentScores.versionCurrency("16.1.0", "16.3.2")); // 70
        scored.put(Component.RELATIONSHIPS, ComponentScores.relationships(2, 3, true, false)); // 33.3 + 25 -> 58

        HealthScore score = HealthScore.of(scored, HealthWeights.DEFAULTS);

        assertThat(score.components()).containsAllEntriesOf(Map.of(Component.UTILISATION, 60,
                Component.ADOPTION, 75, Component.ENGAGEMENT, 80, Component.VERSION_CURRENCY, 70,
                Component.RELATIONSHIPS, 58));
        // (60*25 + 75*20 + 80*20 + 70*15 + 58*20) / 100 = 68.1
        assertThat(score.score()).isEqualTo(68);
        assertThat(score.band()).isEqualTo("yellow");
        assertThat(score.missing()).isEmpty();
    }

    @Test
    void aMissingInputIsLeftOutAndItsWeightSpreadOverTheRest() {
        Map<Component, Integer> scored = new EnumMap<>(Component.class);
        scored.put(Component.UTILISATION, 80);
        scored.put(Component.ADOPTION, 50);
        scored.put(Component.RELATIONSHIPS, 100);
        scored.put(Component.ENGAGEMENT, ComponentScores.engagement(List.of(12), List.of()));
        scored.put(Component.VERSION_CURRENCY, ComponentScores.versionCurrency(null, "16.3.2"));

        HealthScore score = HealthScore.of(scored, HealthWeights.DEFAULTS);

        // (80*25 + 50*20 + 100*20) / 65 = 76.9
        assertThat(score.score()).isEqualTo(77);
        assertThat(score.band()).isEqualTo("green");
        assertThat(score.missing()).containsExactly(Component.ENGAGEMENT, Component.VERSION_CURRENCY);
        assertThat(score.components()).doesNotContainKeys(Component.ENGAGEMENT, Component.VERSION_CURRENCY);
    }

    @Test
    void noInputAtAllGivesNoScoreAndNamesEveryComponentMissing() {
        HealthScore score = HealthScore.of(Map.of(), HealthWeights.DEFAULTS);
        assertThat(score.score()).isNull();
        assertThat(score.band()).isNull();
        assertThat(score.missing()).containsExactly(Component.values());
    }

    @Test
    void bandsChangeAtTheirThresholds() {
        assertThat(HealthWeights.DEFAULTS.band(70)).isEqualTo("green");
        assertThat(HealthWeights.DEFAULTS.band(69)).isEqualTo("yellow");
        assertThat(HealthWeights.DEFAULTS.band(40)).isEqualTo("yellow");
        assertThat(HealthWeights.DEFAULTS.band(39)).isEqualTo("red");
        assertThatThrownBy(() -> new HealthWeights(Map.of(), 30, 50)).hasMessageContaining("yellow <= green");
    }

    @Test
    void utilisationIsCappedAndMissingWithoutSeats() {
        assertThat(ComponentScores.utilisation(130, 100)).isEqualTo(100);
        assertThat(ComponentScores.utilisation(1, 3)).isEqualTo(33);
        assertThat(ComponentScores.utilisation(10, 0)).isNull();
        assertThat(ComponentScores.utilisation(null, 100)).isNull();
    }

    @Test
    void adoptionIsTheShareOfThePeersFeaturesAndMissingWhenPeersUseNone() {
        assertThat(ComponentScores.adoption(0, 5)).isZero();
        assertThat(ComponentScores.adoption(5, 5)).isEqualTo(100);
        assertThat(ComponentScores.adoption(1, 0)).isNull();
    }

    @Test
    void surveyAnswersReadAsNetPromotersAndEmailsAsTheShareOpenedOrClicked() {
        assertThat(ComponentScores.survey(List.of())).isNull();
        assertThat(ComponentScores.survey(List.of(3))).isZero();
        assertThat(ComponentScores.survey(List.of(10, 9))).isEqualTo(100);
        assertThat(ComponentScores.survey(List.of(8, 7))).isEqualTo(50);
        assertThat(ComponentScores.survey(List.of(10, 6, 8, 9))).isEqualTo(63); // 50 + 50 * (2 - 1) / 4
        assertThat(ComponentScores.email(0, 0)).isNull();
        assertThat(ComponentScores.email(4, 1)).isEqualTo(25);
    }

    @Test
    void engagementPenalisesALossAndJoinsFurtherSignalsAsAMean() {
        assertThat(ComponentScores.engagement(List.of(100, 120), List.of())).isEqualTo(100);
        assertThat(ComponentScores.engagement(List.of(100, 75), List.of())).isEqualTo(50);
        assertThat(ComponentScores.engagement(List.of(100, 40), List.of())).isZero();
        assertThat(ComponentScores.engagement(List.of(100, 75), List.of(90))).isEqualTo(70);
        assertThat(ComponentScores.engagement(List.of(), java.util.Arrays.asList((Integer) null))).isNull();
    }

    @Test
    void versionCurrencyByHowFarBehindTheLatest() {
        assertThat(ComponentScores.versionCurrency("16.3.2", "16.3.2")).isEqualTo(100);
        assertThat(ComponentScores.versionCurrency("v16.3", "16.3.2")).isEqualTo(90);
        assertThat(ComponentScores.versionCurrency("16.0.0", "16.3.0")).isEqualTo(55);
        assertThat(ComponentScores.versionCurrency("16.0.0", "16.9.0")).isEqualTo(40);
        assertThat(ComponentScores.versionCurrency("15.11.0", "16.0.0")).isEqualTo(40);
        assertThat(ComponentScores.versionCurrency("13.0.0", "16.0.0")).isZero();
        assertThat(ComponentScores.versionCurrency("nightly", "16.0.0")).isNull();
        assertThat(ProductVersion.newest(List.of("16.2.1", "v16.10", "9.99.99", "junk"))).contains("v16.10");
    }

    @Test
    void relationshipsFromRolesChampionAndContactsAtTheLastAssessment() {
        assertThat(ComponentScores.relationships(3, 3, true, true)).isEqualTo(100);
        assertThat(ComponentScores.relationships(3, 3, true, null)).isEqualTo(100);
        assertThat(ComponentScores.relationships(0, 3, false, false)).isZero();
        assertThat(ComponentScores.relationships(3, 3, false, null)).isEqualTo(67);
    }
}
