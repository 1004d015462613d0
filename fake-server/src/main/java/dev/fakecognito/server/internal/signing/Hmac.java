package dev.fakecognito.server.internal.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashes of Signature Version 4, with the JDK: SHA-256, and the HMAC-SHA256 chain of the signing key. */
final class Hmac {
    private static final HexFormat HEX = HexFormat.of();

    private Hmac() {}

    /** The lower-case hex SHA-256 of the bytes. */
    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * The signature: the string to sign under the key derived from the secret and the credential scope.
     *
     * @param secret       the secret access key
     * @param scope        the credential scope without the access key: date, region, service, terminator
     * @param stringToSign the string to sign
     * @return the lower-case hex signature
     */
    static String signature(String secret, String[] scope, String stringToSign) {
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : scope) {
            key = hmac(key, part);
        }
        return HEX.formatHex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
