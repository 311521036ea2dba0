package dev.baton.journey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The links a journey email carries back to Baton (unsubscribe, survey, tracked click, open pixel), each signed
 * with {@code BATON_EMAIL_LINK_SECRET} over what it does and to which message, so nobody can unsubscribe another
 * contact, answer for them, or use the click redirect to send people anywhere else.
 */
public final class SignedLinks {
    static final String UNSUBSCRIBE = "/email/unsubscribe";
    static final String SURVEY = "/email/survey";
    static final String CLICK = "/email/click";
    static final String OPEN = "/email/open";

    private final String baseUrl;
    private final byte[] secret;

    SignedLinks(String baseUrl, String secret) {
        this.baseUrl = baseUrl;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String unsubscribe(long message) {
        return baseUrl + UNSUBSCRIBE + "?m=" + message + "&s=" + sign("unsubscribe:" + message);
    }

    String survey(long message, int score) {
        return baseUrl + SURVEY + "?m=" + message + "&score=" + score + "&s=" + sign("survey:" + message);
    }

    String click(long message, String url) {
        return baseUrl + CLICK + "?m=" + message + "&u=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&s="
                + sign("click:" + message + ":" + url);
    }

    String open(long message) {
        return baseUrl + OPEN + "?m=" + message + "&s=" + sign("open:" + message);
    }

    /** Whether {@code signature} is this secret's signature of {@code what} (compared in constant time). */
    boolean valid(String what, String signature) {
        return signature != null && MessageDigest.isEqual(sign(what).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String what) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(secret, what));
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
