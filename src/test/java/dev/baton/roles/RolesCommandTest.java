package dev.baton.roles;

import dev.baton.account.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolesCommandTest {
    @Test
    void emptyTextIsTheOverview() {
        assertThat(RolesCommand.parse("  ")).isInstanceOf(RolesCommand.Overview.class);
    }

    @Test
    void anAccountNameWithSpacesIsShown() {
        assertThat(RolesCommand.parse(" Acme  Corp ")).isEqualTo(new RolesCommand.Show("Acme  Corp"));
    }

    @Test
    void tagParsesAccountEmailAndRolesIgnoringCase() {
        assertThat(RolesCommand.parse("Acme Corp TAG ada@acme.com champion, instance admin ,PROGRAM_contact"))
                .isEqualTo(new RolesCommand.Tag("Acme Corp", "ada@acme.com",
                        List.of(Role.CHAMPION, Role.INSTANCE_ADMIN, Role.PROGRAM_CONTACT)));
    }

    @Test
    void unknownRolesAreNamed() {
        assertThat(RolesCommand.parse("Acme tag ada@acme.com Champion, Wizard"))
                .isEqualTo(new RolesCommand.UnknownRoles(List.of("Wizard")));
    }
}
