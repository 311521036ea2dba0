package dev.baton.roles;

import dev.baton.account.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContactFormTest {
    @Test
    void aGoodFormHasNoProblems() {
        assertThat(new ContactForm("Ada", null, "ada@acme.com", Set.of(Role.INSTANCE_ADMIN), true).problems()).isEmpty();
    }

    @Test
    void eachProblemIsOnItsField() {
        assertThat(new ContactForm(" ", null, "not-an-email", Set.of(), null).problems()).containsOnlyKeys(
                RolesIds.FIELD_NAME, RolesIds.FIELD_EMAIL, RolesIds.FIELD_ROLES, RolesIds.FIELD_INSTANCE_ADMIN);
    }

    @Test
    void theInstanceAdminFlagMustAgreeWithTheRolesEitherWay() {
        assertThat(new ContactForm("Ada", null, "ada@acme.com", Set.of(Role.CHAMPION), true).problems())
                .containsOnlyKeys(RolesIds.FIELD_INSTANCE_ADMIN);
        assertThat(new ContactForm("Ada", null, "ada@acme.com", Set.of(Role.INSTANCE_ADMIN), false).problems())
                .containsOnlyKeys(RolesIds.FIELD_INSTANCE_ADMIN);
    }

    @Test
    void rejectsAddressesWithoutADomainOrWithSpaces() {
        for (String bad : new String[] {"ada@", "@acme.com", "ada@acme", "ada lovelace@acme.com", "<ada@acme.com>"}) {
            assertThat(new ContactForm("Ada", null, bad, Set.of(Role.CHAMPION), false).problems())
                    .as(bad).containsOnlyKeys(RolesIds.FIELD_EMAIL);
        }
    }

    @Test
    void aTimeZoneIsAnIanaNameInAnyCaseStoredAsIanaSpellsItOrNothing() {
        ContactForm tokyo = new ContactForm("Ken", null, "ken@acme.com", Set.of(Role.CHAMPION), false, " asia/TOKYO ");
        assertThat(tokyo.problems()).isEmpty();
        assertThat(tokyo.zoneName()).isEqualTo("Asia/Tokyo");
        assertThat(new ContactForm("Ken", null, "ken@acme.com", Set.of(Role.CHAMPION), false, " ").zoneName()).isNull();
        for (String bad : new String[] {"Asia/Atlantis", "+09:00", "JST9", "Tokyo"}) {
            assertThat(new ContactForm("Ken", null, "ken@acme.com", Set.of(Role.CHAMPION), false, bad).problems())
                    .as(bad).containsOnlyKeys(RolesIds.FIELD_TIME_ZONE);
        }
    }
}
