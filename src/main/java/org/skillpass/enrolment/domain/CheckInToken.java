package org.skillpass.enrolment.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * The rotating QR code shown in class: a token bound to one session and one time window, signed with
 * HMAC-SHA256 so it cannot be forged. A token is accepted during its own window and the next one (so a
 * code scanned just before it rotates still works); an older one has expired, and a token of another
 * session is refused. Replays by the same learner end at the one-check-in-per-session rule.
 */
public final class CheckInToken {

    /** Why a token was refused; message keys {@code checkin.token.<name>}. */
    public enum Problem { MALFORMED, FORGED, EXPIRED, OTHER_SESSION }

    private final byte[] key;
    private final long windowSeconds;

    public CheckInToken(byte[] key, long windowSeconds) {
        if (key.length < 16 || windowSeconds < 5) {
            throw new IllegalArgumentException("key of at least 16 bytes and a window of at least 5 s");
        }
        this.key = key.clone();
        this.windowSeconds = windowSeconds;
    }

    public String issue(long sessionId, Instant now) {
        long window = now.getEpochSecond() / windowSeconds;
        String body = sessionId + "." + window;
        return body + "." + sign(body);
    }

    /** Seconds until the code shown now rotates (for the page's refresh). */
    public long secondsLeft(Instant now) {
        return windowSeconds - now.getEpochSecond() % windowSeconds;
    }

    /** Null when the token is valid for this session now, else the problem. */
    public Problem check(String token, long sessionId, Instant now) {
        if (token == null) {
            return Problem.MALFORMED;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3) {
            return Problem.MALFORMED;
        }
        long tokenSession;
        long window;
        try {
            tokenSession = Long.parseLong(parts[0]);
            window = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Problem.MALFORMED;
        }
        if (!MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Problem.FORGED;
        }
        if (tokenSession != sessionId) {
            return Problem.OTHER_SESSION;
        }
        long current = now.getEpochSecond() / windowSeconds;
        if (window > current || current - window > 1) {
            return Problem.EXPIRED;
        }
        return null;
    }

    /** The session a well-formed token names (before it is checked). */
    public static Long sessionOf(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = token.strip().split("\\.");
        try {
            return parts.length == 3 ? Long.parseLong(parts[0]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
