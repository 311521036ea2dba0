package dev.baton.slack;

import javax.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, so an oversize request is refused without being held in memory. */
public final class BoundedBody {
    private BoundedBody() {
    }

    /** The body, or {@code null} when it is (or declares itself) longer than {@code maxBytes}. */
    public static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] chunk = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (buffer.size() + n > maxBytes) {
                    return null;
                }
                buffer.write(chunk, 0, n);
            }
        }
        return buffer.toByteArray();
    }
}
