package dev.fakecognito.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of the credentials a fake verifies signatures with, one rule for every way of giving them
 * (builders, {@code --credentials KEY:SECRET[:ACCOUNT]}, the comma-separated {@code FAKE_COGNITO_CREDENTIALS}).
 * Messages name the access key, never the secret. Not API.
 */
public final class Credentials {
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[^\\s,/:]+");
    private static final Pattern SECRET = Pattern.compile("[^\\s,]+");
    private static final Pattern WITH_ACCOUNT = Pattern.compile("(.*):(\\d{12})");

    /**
     * One credential as given.
     *
     * @param accessKeyId     the access key id
     * @param secretAccessKey its secret
     * @param accountId       the account its calls are made from, or {@code null} for the default one
     */
    public record Credential(String accessKeyId, String secretAccessKey, String accountId) {}

    private Credentials() {}

    /**
     * Checks an access key id and its secret.
     *
     * @param accessKeyId     non-empty, without white space, {@code ,}, {@code /} or {@code :}
     * @param secretAccessKey non-empty, without white space or {@code ,}
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void check(String accessKeyId, String secretAccessKey) {
        if (accessKeyId == null || !ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException(
                    "an access key id must be non-empty, without white space, ',', '/' or ':', got '" + accessKeyId
                            + "'");
        }
        if (secretAccessKey == null || !SECRET.matcher(secretAccessKey).matches()) {
            throw new IllegalArgumentException(
                    "the secret access key of " + accessKeyId + " must be non-empty, without white space or ','");
        }
    }

    /**
     * Reads {@code ACCESS_KEY_ID:SECRET_ACCESS_KEY} or {@code ACCESS_KEY_ID:SECRET_ACCESS_KEY:ACCOUNT_ID}
     * (a 12-digit account) and checks the parts.
     *
     * @param keyAndSecret the text
     * @param where        what gave it, for the message, e.g. {@code --credentials}
     * @return the credential
     * @throws IllegalArgumentException naming {@code where} (not the text: it may be a secret)
     */
    public static Credential read(String keyAndSecret, String where) {
        int colon = keyAndSecret == null ? -1 : keyAndSecret.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    where + " must be ACCESS_KEY_ID:SECRET_ACCESS_KEY[:ACCOUNT_ID], got a value without ':'");
        }
        String accessKeyId = keyAndSecret.substring(0, colon);
        String secret = keyAndSecret.substring(colon + 1);
        String accountId = null;
        Matcher withAccount = WITH_ACCOUNT.matcher(secret);
        if (withAccount.matches()) {
            secret = withAccount.group(1);
            accountId = withAccount.group(2);
        }
        check(accessKeyId, secret);
        return new Credential(accessKeyId, secret, accountId);
    }
}
