package dev.baton.journey;

import dev.baton.account.Role;
import dev.baton.config.StartupFailure;
import dev.baton.render.Templates;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The five shipped journeys read and check out; each kind of mistake is named with its line. */
class JourneyFilesTest {
    private final Templates templates = new Templates(Path.of("templates"));

    @Test
    void theFiveShippedJourneysLoad() {
        List<Journey> journeys = JourneyFiles.load(Path.of("templates"), templates::exists);
        assertThat(journeys).extracting(Journey::name).containsExactlyInAnyOrder("onboarding", "survey-30-day",
                "check-in-90-day", "monthly-recap", "product-releases");
        Journey onboarding = journeys.stream().filter(j -> j.name().equals("onboarding")).findFirst().orElseThrow();
        assertThat(onboarding.steps()).extracting(Journey.Step::roles)
                .contains(java.util.Set.of(Role.INSTANCE_ADMIN));
        assertThat(onboarding.serviceModels()).containsExactlyInAnyOrder("Pooled", "Scaled");
    }

    @Test
    void theJarsOwnCopiesLoadWhenTheFolderHasNone() {
        assertThat(JourneyFiles.load(Path.of("no-such-templates-dir"), templates::exists)).hasSize(5);
    }

    @Test
    void mistakesAreNamedWithTheirLine() {
        assertThatThrownBy(() -> read("title: T\nenters: {service_models: [Pooled]}\nsteps:\n  - id: a\n"
                + "    after_closed_won_days: 1\n    template: no-such-email\n    subject: S\n    roles: [Champion]\n"))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("x.yml line 6")
                .hasMessageContaining("unknown template 'no-such-email'");
        assertThatThrownBy(() -> read("title: T\nenters: {service_models: [Pooled]}\nsteps:\n  - id: a\n"
                + "    calendar: every other tuesday\n    template: monthly-recap\n    subject: S\n    roles: [Champion]\n"))
                .hasMessageContaining("line 5").hasMessageContaining("unknown calendar rule");
        assertThatThrownBy(() -> read("title: T\nenters: {service_models: [Pooled], segment: SMB}\nsteps: []\n"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown key 'segment'");
        assertThatThrownBy(() -> read("title: T\nenters: {service_models: [Pooled]}\nsteps:\n  - id: a\n"
                + "    after_closed_won_days: soon\n    template: monthly-recap\n    subject: S\n    roles: [Champion]\n"))
                .hasMessageContaining("line 5").hasMessageContaining("whole number");
        assertThatThrownBy(() -> read("title: [unclosed\n")).hasMessageContaining("not valid YAML");
    }

    private Journey read(String yaml) {
        return JourneyFiles.read("x.yml", yaml, templates::exists);
    }
}
