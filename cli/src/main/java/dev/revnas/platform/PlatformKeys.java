package dev.revnas.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** First admin keys for a fresh platform. */
public final class PlatformKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PlatformKeys() {}

    /** 32 random bytes, URL-safe Base64 with a recognisable prefix (so a leaked key is easy to grep for). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "rvn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
