package dev.baton.journey;

import dev.baton.account.Role;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.config.StartupFailure;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns one journey file's YAML nodes into a {@link Journey}, naming the line of anything it cannot accept. */
final class JourneyReader {
    private static final Set<String> JOURNEY_KEYS = Set.of("title", "enters", "steps");
    private static final Set<String> ENTERS_KEYS = Set.of("service_models", "ta_segmentations");
    private static final Set<String> STEP_KEYS = Set.of("id", "after_closed_won_days", "calendar", "template",
            "subject", "roles");
    static final String FIRST_WORKING_DAY = "first working day of each month";
    static final String EACH_RELEASE = "each release";

    private final String file;
    private final Predicate<String> templateExists;

    JourneyReader(String file, Predicate<String> templateExists) {
        this.file = file;
        this.templateExists = templateExists;
    }

    Journey journey(String name, MappingNode root) {
        Map<String, NodeTuple> keys = known(root, JOURNEY_KEYS);
        String title = text(required(root, keys, "title"));
        MappingNode enters = mapping(required(root, keys, "enters"), "enters");
        Map<String, NodeTuple> enterKeys = known(enters, ENTERS_KEYS);
        Set<String> models = choices(enterKeys.get("service_models"), Arrays.stream(ServiceModel.values())
                .map(ServiceModel::stored).toList());
        Set<String> segmentations = choices(enterKeys.get("ta_segmentations"), Arrays.stream(TaSegmentation.values())
                .map(TaSegmentation::stored).toList());
        List<Journey.Step> steps = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : JourneyFiles.items(required(root, keys, "steps"))) {
            Journey.Step step = step(mapping(item, "each step"));
            if (!ids.add(step.id())) {
                throw problem(item, "two steps have the id '" + step.id() + "'");
            }
            steps.add(step);
        }
        return new Journey(name, title, models, segmentations, List.copyOf(steps));
    }

    private Journey.Step step(MappingNode node) {
        Map<String, NodeTuple> keys = known(node, STEP_KEYS);
        Node idNode = required(node, keys, "id");
        String id = text(idNode);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw problem(idNode, "a step id is lower-case letters, digits and dashes, not '" + id + "'");
        }
        Node template = required(node, keys, "template");
        String templateName = text(template);
        for (String part : List.of(".html.ftl", ".txt.ftl")) {
            if (!templateName.matches("[a-z0-9][a-z0-9-]*") || !templateExists.test("journeys/" + templateName + part)) {
                throw problem(template, "unknown template '" + templateName + "': there is no templates/journeys/"
                        + templateName + part);
            }
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (Node role : JourneyFiles.items(required(node, keys, "roles"))) {
            roles.add(Role.parse(text(role)).orElseThrow(() -> problem(role, "unknown role '" + text(role)
                    + "' (one of: " + Role.validNames() + ")")));
        }
        return new Journey.Step(id, when(node, keys), templateName, text(required(node, keys, "subject")),
                Set.copyOf(roles));
    }

    private Journey.When when(MappingNode node, Map<String, NodeTuple> keys) {
        NodeTuple days = keys.get("after_closed_won_days");
        NodeTuple calendar = keys.get("calendar");
        if ((days == null) == (calendar == null)) {
            throw problem(node, "a step needs exactly one of after_closed_won_days and calendar");
        }
        if (days != null) {
            String value = text(days.getValueNode());
            if (!value.matches("\\d{1,4}")) {
                throw problem(days.getValueNode(), "after_closed_won_days is a whole number of days, not '" + value + "'");
            }
            return new Journey.When.AfterClosedWon(Integer.parseInt(value));
        }
        String rule = text(calendar.getValueNode());
        return switch (rule) {
            case FIRST_WORKING_DAY -> new Journey.When.FirstWorkingDayOfMonth();
            case EACH_RELEASE -> new Journey.When.EachRelease();
            default -> throw problem(calendar.getValueNode(), "unknown calendar rule '" + rule + "' (one of: "
                    + FIRST_WORKING_DAY + ", " + EACH_RELEASE + ")");
        };
    }

    private Set<String> choices(NodeTuple tuple, List<String> valid) {
        if (tuple == null) {
            return Set.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Node item : JourneyFiles.items(tuple.getValueNode())) {
            String value = text(item);
            chosen.add(valid.stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> problem(item, "unknown value '" + value + "' (one of: " + String.join(", ", valid) + ")")));
        }
        return Set.copyOf(chosen);
    }

    private Map<String, NodeTuple> known(MappingNode node, Set<String> allowed) {
        Map<String, NodeTuple> keys = JourneyFiles.keys(node);
        for (Map.Entry<String, NodeTuple> key : keys.entrySet()) {
            if (!allowed.contains(key.getKey())) {
                throw problem(key.getValue().getKeyNode(), "unknown key '" + key.getKey() + "' (expected "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
        return keys;
    }

    private Node required(Node parent, Map<String, NodeTuple> keys, String key) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            throw problem(parent, "missing '" + key + "'");
        }
        return tuple.getValueNode();
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw problem(node, what + " must be a mapping of keys to values");
    }

    private String text(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().trim();
        }
        throw problem(node, "expected a text value here");
    }

    private StartupFailure problem(Node node, String problem) {
        return new StartupFailure("journey file " + file + " line " + JourneyFiles.line(node) + ": " + problem);
    }
}
