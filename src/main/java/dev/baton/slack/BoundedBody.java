package dev.baton.slack;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;

/** Reads a request body up to a limit, so an oversize request is refused without being held in memory. */
final class BoundedBody {
    private BoundedBody() {
    }

    /**
     * The body, or {@code null} when it is (or declares itself) longer than {@code maxBytes}. A body a filter
     * in front already read is taken as it is; one with a declared length is read into an array of that size
     * (buffering and copying it was much of what each Slack request allocated).
     */
    public static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
        if (request instanceof CachedBodyRequest cached) {
            return cached.body().length > maxBytes ? null : cached.body();
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(declared >= 0 ? (int) declared : maxBytes + 1);
            return body.length > maxBytes || (declared >= 0 && in.read() != -1) ? null : body;
        }
    }
}
