package dev.baton.home;

import com.google.gson.JsonObject;
import dev.baton.account.Role;
import dev.baton.render.BlockKit;

import java.util.Map;

/** Renders the App Home tab and its notices from {@code templates/home/}. */
final class HomeViews {
    private final BlockKit blockKit;

    HomeViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** The tab as a {@code views.publish} view. */
    String home(HomeTab tab) {
        return blockKit.render("home/home.json.ftl", Map.of("userId", tab.userId(), "uncovered", tab.uncovered(),
                "leader", tab.leader(), "deadLetters", tab.deadLetters(), "roleNames", Role.validNames()));
    }

    JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
