package dev.baton.home;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One audited change and the people whose App Home it touches: who made it, the account's team and sponsor. */
public record Touch(long id, String actor, String ae, String ce, String ta, String expandAe, String sponsor) {
    List<String> people() {
        return Arrays.asList(actor, ae, ce, ta, expandAe, sponsor).stream().filter(Objects::nonNull).distinct().toList();
    }
}
