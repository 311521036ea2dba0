package dev.baton.journey;

import dev.baton.config.StartupFailure;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the journeys in {@code <BATON_TEMPLATES_DIR>/journeys/*.yml} (or, when that folder is absent, the five
 * shipped inside the jar) and checks each against the templates and the seven roles, so a mistake stops start-up
 * naming the file, the line and the problem instead of surfacing on the day a step falls due.
 */
public final class JourneyFiles {
    /** The journeys shipped in the jar, read when the templates folder has no journeys of its own. */
    static final List<String> SHIPPED = List.of("onboarding", "survey-30-day", "check-in-90-day", "monthly-recap",
            "product-releases");

    private JourneyFiles() {
    }

    /** Every journey, or a {@link StartupFailure} naming the first file, line and problem found. */
    public static List<Journey> load(Path templatesDir, Predicate<String> templateExists) {
        Path folder = templatesDir.resolve("journeys");
        List<Journey> journeys = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                        .sorted().toList()) {
                    journeys.add(read(folder.resolve(file.getFileName()).toString(), Files.readString(file),
                            templateExists));
                }
            } catch (IOException e) {
                throw new StartupFailure("BATON_TEMPLATES_DIR: cannot read " + folder + ": " + e.getMessage());
            }
        } else {
            for (String name : SHIPPED) {
                journeys.add(read("journeys/" + name + ".yml (in the jar)", shipped(name), templateExists));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Journey journey : journeys) {
            if (!names.add(journey.name())) {
                throw new StartupFailure(folder + ": two journeys are named '" + journey.name() + "'");
            }
        }
        return journeys;
    }

    private static String shipped(String name) {
        try (InputStream in = JourneyFiles.class.getResourceAsStream("/templates/journeys/" + name + ".yml")) {
            if (in == null) {
                throw new StartupFailure("journeys/" + name + ".yml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file's journey; its name is the file's name without {@code .yml}. */
    static Journey read(String file, String text, Predicate<String> templateExists) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new StartupFailure("journey file " + file + " line " + line + ": not valid YAML: " + e.getProblem());
        }
        if (!(root instanceof MappingNode)) {
            throw new StartupFailure("journey file " + file + " line 1: a journey is a mapping with title, enters and steps");
        }
        String name = Path.of(file.replace(" (in the jar)", "")).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return new JourneyReader(file, templateExists).journey(name, (MappingNode) root);
    }

    /** The keys of a mapping, in order. */
    static Map<String, NodeTuple> keys(MappingNode node) {
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keys.put(key.getValue(), tuple);
            }
        }
        return keys;
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
    }
}
