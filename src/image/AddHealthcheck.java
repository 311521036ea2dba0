import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds Docker's {@code Healthcheck} to the config of the image tarball Jib's buildTar wrote, since Jib has no
 * setting for it (Jib's issue 676: the OCI image config has no such field, Docker's has). Run by the build as a
 * single-file program: {@code java AddHealthcheck.java IMAGE.tar INTERVAL TIMEOUT START_PERIOD RETRIES CMD...}
 * with durations such as 30s. The tarball is a docker-archive: manifest.json names config.json by file name and
 * the image id is computed from config.json when loaded, so rewriting that one entry is all it takes.
 */
public final class AddHealthcheck {
    private static final int BLOCK = 512;
    private static final String CONFIG = "config.json";

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            throw new IllegalArgumentException("usage: AddHealthcheck IMAGE.tar INTERVAL TIMEOUT START_PERIOD RETRIES CMD...");
        }
        Path tar = Path.of(args[0]);
        String healthcheck = "\"Healthcheck\":{\"Test\":[" + json(List.of("CMD")) + ","
                + json(Arrays.asList(args).subList(5, args.length)) + "],\"Interval\":" + nanos(args[1])
                + ",\"Timeout\":" + nanos(args[2]) + ",\"StartPeriod\":" + nanos(args[3])
                + ",\"Retries\":" + Integer.parseInt(args[4]) + "}";
        Path rewritten = tar.resolveSibling(tar.getFileName() + ".tmp");
        try (InputStream in = Files.newInputStream(tar); OutputStream out = Files.newOutputStream(rewritten)) {
            copyAddingHealthcheck(in, out, healthcheck);
        }
        Files.move(rewritten, tar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("image healthcheck: " + healthcheck);
    }

    /** Copies the tar entry by entry; config.json gets the health check as the first key of its "config". */
    private static void copyAddingHealthcheck(InputStream in, OutputStream out, String healthcheck) throws IOException {
        boolean found = false;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                out.write(new byte[BLOCK * 2]); // the end-of-archive marker
                break;
            }
            String name = field(header, 0, 100);
            long size = Long.parseLong(field(header, 124, 12).trim(), 8);
            if (!name.equals(CONFIG)) {
                out.write(header);
                copy(in, out, padded(size));
                continue;
            }
            byte[] data = withHealthcheck(in.readNBytes((int) size), healthcheck);
            in.readNBytes((int) (padded(size) - size));
            setSize(header, data.length);
            found = true;
            out.write(header);
            out.write(data);
            out.write(new byte[(int) (padded(data.length) - data.length)]);
        }
        if (!found) {
            throw new IllegalStateException("no " + CONFIG + " in the image tarball: not a docker-archive");
        }
    }

    private static byte[] withHealthcheck(byte[] json, String healthcheck) {
        String config = new String(json, StandardCharsets.UTF_8);
        int at = config.indexOf("\"config\":{");
        if (at < 0 || config.contains("\"Healthcheck\"")) {
            throw new IllegalStateException(CONFIG + " has no \"config\" or already a Healthcheck: " + config);
        }
        int after = at + "\"config\":{".length();
        String rest = config.substring(after);
        return (config.substring(0, after) + healthcheck + (rest.startsWith("}") ? "" : ",") + rest)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the image tarball ends inside an entry");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void setSize(byte[] header, long size) {
        byte[] octal = String.format("%011o\0", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, header, 124, 12);
        Arrays.fill(header, 148, 156, (byte) ' '); // the checksum is summed with its own field as spaces
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        byte[] checksum = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, header, 148, 8);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static long nanos(String duration) {
        return Duration.parse("PT" + duration.toUpperCase()).toNanos();
    }

    private static String json(List<String> strings) {
        return strings.stream().map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(","));
    }
}
