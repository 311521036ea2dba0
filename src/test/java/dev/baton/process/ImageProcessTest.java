package dev.baton.process;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image {@code mvn verify} builds ({@code target/baton-image.tar}, a docker-archive), read as
 * {@code docker load} reads it, then run without a container engine: its layers are unpacked into a folder and
 * its entry point started in there as the image's user ({@code unshare}: a user, mount and PID namespace, the
 * folder as root), so Baton runs on the image's own Java and libraries, with nothing of this machine's.
 */
class ImageProcessTest {
    private static final Path TAR = Path.of("target/baton-image.tar");
    private static final List<String> ENTRYPOINT = List.of("/opt/java/bin/java", "-XX:MaxRAMPercentage=75",
            "-Djava.awt.headless=true", "-cp", "@/app/jib-classpath-file", "dev.baton.Baton");

    @TempDir
    static Path unpacked;
    private static Path root;
    private static JsonObject manifest;
    private static JsonObject image;
    private static JsonObject config;

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @BeforeAll
    static void unpack() throws Exception {
        assumeFalse(Boolean.getBoolean("image.skip"), "the image was not built (-Dimage.skip)");
        assertThat(TAR).as("built by mvn verify before the process tests").isRegularFile();
        run(List.of("tar", "-xf", TAR.toAbsolutePath().toString(), "-C", unpacked.toString()));
        manifest = JsonParser.parseString(Files.readString(unpacked.resolve("manifest.json"))).getAsJsonArray()
                .get(0).getAsJsonObject();
        image = JsonParser.parseString(Files.readString(unpacked.resolve(manifest.get("Config").getAsString())))
                .getAsJsonObject();
        config = image.getAsJsonObject("config");
        root = Files.createDirectories(unpacked.resolve("root"));
        for (JsonElement layer : manifest.getAsJsonArray("Layers")) {
            // -p keeps the modes the layers give, whatever this user's umask
            run(List.of("tar", "-xpzf", unpacked.resolve(layer.getAsString()).toString(), "-C", root.toString()));
        }
    }

    @Test
    void theConfigNamesTheEntryPointANonRootUserThePortAndTheHealthCheck() {
        assertThat(manifest.getAsJsonArray("RepoTags").get(0).getAsString()).startsWith("baton:");
        assertThat(strings(config.getAsJsonArray("Entrypoint"))).isEqualTo(ENTRYPOINT);
        assertThat(config.get("User").getAsString()).isEqualTo("10001:0");
        assertThat(config.getAsJsonObject("ExposedPorts").keySet()).containsExactly("3000/tcp");
        assertThat(strings(config.getAsJsonArray("Env"))).contains("PORT=3000");
        assertThat(config.get("WorkingDir").getAsString()).isEqualTo("/var/lib/baton");

        JsonObject healthcheck = config.getAsJsonObject("Healthcheck");
        assertThat(strings(healthcheck.getAsJsonArray("Test"))).startsWith("CMD", "/opt/java/bin/java")
                .endsWith("-cp", "/app/classes", "dev.baton.health.HealthProbe");
        assertThat(healthcheck.get("Interval").getAsLong()).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(healthcheck.get("Timeout").getAsLong()).isEqualTo(Duration.ofSeconds(5).toNanos());
        assertThat(healthcheck.get("StartPeriod").getAsLong()).isEqualTo(Duration.ofSeconds(60).toNanos());
        assertThat(healthcheck.get("Retries").getAsInt()).isEqualTo(3);
    }

    @Test
    void eachLayerIsTheOneTheConfigNamesSoTheTarballLoads() throws Exception {
        // docker load checks each layer's uncompressed digest against rootfs.diff_ids
        List<String> digests = new ArrayList<>();
        for (JsonElement layer : manifest.getAsJsonArray("Layers")) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(new GZIPInputStream(
                    Files.newInputStream(unpacked.resolve(layer.getAsString()))), sha256)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            digests.add("sha256:" + HexFormat.of().formatHex(sha256.digest()));
        }
        assertThat(digests).isEqualTo(strings(image.getAsJsonObject("rootfs").getAsJsonArray("diff_ids")));
    }

    @Test
    void theLayersHoldTheRuntimeTheApplicationAndTheUser() throws Exception {
        assertThat(root.resolve("opt/java/bin/java")).isExecutable();
        assertThat(root.resolve("lib64/ld-linux-x86-64.so.2")).as("the loader the java binary names").isExecutable();
        assertThat(root.resolve("lib/x86_64-linux-gnu/libc.so.6")).isRegularFile();
        assertThat(root.resolve("app/classes/dev/baton/Baton.class")).isRegularFile();
        assertThat(root.resolve("app/classes/dev/baton/health/HealthProbe.class")).isRegularFile();
        assertThat(root.resolve("app/resources/templates")).isDirectory();
        String classpath = Files.readString(root.resolve("app/jib-classpath-file")).strip();
        assertThat(classpath.split(":")).hasSizeGreaterThan(20)
                .allSatisfy(entry -> assertThat(root.resolve(entry.substring(1))).exists());
        assertThat(Files.readAllLines(root.resolve("etc/passwd"))).contains(
                "baton:x:10001:0:Baton:/var/lib/baton:/sbin/nologin");
        // group 0 may write the working directory, so any uid the platform picks (with group 0) can too
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("var/lib/baton"))))
                .isEqualTo("rwxrwxr-x");
        KeyStore trusted = KeyStore.getInstance(root.resolve("opt/java/lib/security/cacerts").toFile(),
                "changeit".toCharArray());
        assertThat(trusted.size()).as("the CA certificates for TLS to Slack").isGreaterThan(50);
    }

    @Test
    void theImageRunsBatonAsItsUserAndItsHealthCheckPasses() throws Exception {
        assumeTrue(run(List.of("unshare", "--user", "--map-root-user", "true"), false) == 0,
                "this machine allows no user namespaces, so the image cannot be run without a container engine");
        Files.createDirectories(root.resolve("proc"));
        Map<String, String> env = imageEnvironment();
        Map<String, String> test = new HashMap<>();
        test.put("BATON_TEMPLATES_DIR", null); // the image's own templates, from its classpath
        env.putAll(BatonProcess.environment(slack, test));
        env.values().removeIf(value -> value == null);

        try (BatonProcess baton = BatonProcess.startCommand(inImage(ENTRYPOINT), env)) {
            assertThat(baton.postApi("/api/accounts", "[{\"crm_id\":\"IMG-1\",\"name\":\"Imaged\",\"ae\":\"UAIMG\","
                    + "\"ce\":\"UCIMG\",\"ta\":\"UTIMG\"}]").body()).contains("\"created\":1");
            for (String role : List.of("Instance Admin", "Program Contact", "Champion")) {
                String email = role.replace(" ", "").toLowerCase() + "@imaged.example";
                assertThat(baton.slackRequests().slashCommand("/roles", "IMG-1 tag " + email + " " + role,
                        Fixtures.LEADER).body()).contains("Tagged " + email);
            }
            Await.until("the outbox to send the roles-covered DMs from inside the image", Duration.ofSeconds(30),
                    () -> !slack.calls("chat.postMessage").isEmpty(), baton::output);
            assertThat(root.resolve("var/lib/baton/data/baton.mv.db")).as("the default H2 file, in the working directory")
                    .isRegularFile();

            List<String> healthcheck = strings(config.getAsJsonObject("Healthcheck").getAsJsonArray("Test"));
            List<String> probe = inImage(healthcheck.subList(1, healthcheck.size()));
            assertThat(run(probe, env, Map.of())).as("the health check against the running Baton").isZero();
            assertThat(run(probe, env, Map.of("PORT", String.valueOf(BatonProcess.freePort()))))
                    .as("the health check where nothing listens").isEqualTo(1);

            // as docker stop does: SIGTERM to the entry point, PID 1 in the image
            ProcessHandle java = ProcessHandle.of(baton.pid()).orElseThrow().children().findFirst().orElseThrow();
            java.destroy();
            assertThat(baton.awaitExit(Duration.ofSeconds(30))).as(baton.output()).isZero();
            assertThat(baton.output()).contains("Baton stopped");
        }
    }

    /** The command run in the unpacked image: its root, working directory and user, a PID namespace of its own. */
    private static List<String> inImage(List<String> command) {
        String[] user = config.get("User").getAsString().split(":");
        List<String> inImage = new ArrayList<>(List.of("unshare", "--user", "--map-user=" + user[0],
                "--map-group=" + user[1], "--mount", "--pid", "--fork", "--kill-child", "--mount-proc=/proc",
                "--root=" + root, "--wd=" + config.get("WorkingDir").getAsString()));
        inImage.addAll(command);
        return inImage;
    }

    private static Map<String, String> imageEnvironment() {
        Map<String, String> env = new HashMap<>();
        for (String variable : strings(config.getAsJsonArray("Env"))) {
            env.put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        return env;
    }

    private static int run(List<String> command, Map<String, String> env, Map<String, String> overrides)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putAll(overrides);
        return exitOf(builder.start(), command);
    }

    private static void run(List<String> command) throws Exception {
        assertThat(run(command, true)).as(String.join(" ", command)).isZero();
    }

    private static int run(List<String> command, boolean failLoudly) throws Exception {
        try {
            return exitOf(new ProcessBuilder(command).redirectErrorStream(true).start(), command);
        } catch (IOException notInstalled) {
            if (failLoudly) {
                throw notInstalled;
            }
            return -1;
        }
    }

    private static int exitOf(Process process, List<String> command) throws Exception {
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not exit within 60 s");
        }
        if (process.exitValue() != 0) {
            System.out.println(String.join(" ", command) + " exited " + process.exitValue() + ": " + new String(output));
        }
        return process.exitValue();
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }
}
