package dev.baton.account;

import dev.baton.store.StoredText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedListsTest {
    @Test
    void eachValueIsStoredAndShownAsTheCrmSpellsIt() {
        assertThat(StoredText.spellings(Segment.class)).containsExactly("Strategic", "Enterprise", "Mid-Market", "SMB");
        assertThat(StoredText.spellings(OrderType.class)).containsExactly("Sales Assisted First Order", "Web Direct First Order");
        assertThat(Segment.MID_MARKET.stored()).isEqualTo("Mid-Market");
        assertThat(Segment.MID_MARKET).hasToString("Mid-Market");
        assertThat(StoredText.storedOrNull(null)).isNull();
    }

    @Test
    void formsMatchExactlyAndTheCrmInAnyCase() {
        assertThat(StoredText.find(Deployment.class, "Self-Managed")).contains(Deployment.SELF_MANAGED);
        assertThat(StoredText.find(Deployment.class, "self-managed")).isEmpty();
        assertThat(StoredText.find(Deployment.class, null)).isEmpty();
        assertThat(StoredText.findIgnoringCase(Deployment.class, "self-managed")).contains(Deployment.SELF_MANAGED);
    }

    @Test
    void aRowWithASpellingNoValueHasIsNamed() {
        assertThat(StoredText.fromStored(ServiceModel.class, null)).isNull();
        assertThat(StoredText.fromStored(ServiceModel.class, "Pooled")).isEqualTo(ServiceModel.POOLED);
        assertThatThrownBy(() -> StoredText.fromStored(ServiceModel.class, "Shared"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'Shared' is not a ServiceModel");
    }
}
