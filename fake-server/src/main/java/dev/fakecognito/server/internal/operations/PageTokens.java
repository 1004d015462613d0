package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque NextToken values: the listing they belong to (e.g. a pool id) and the creation sequence to
 * resume after. A token from another listing, or one that does not decode, is an
 * InvalidParameterException.
 */
final class PageTokens {
    private PageTokens() {}

    static String encode(String scope, long afterSequence) {
        String raw = scope + "|" + afterSequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence to resume after: 0 when there is no token. */
    static long decode(String token, String scope) {
        if (token == null) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar >= 0 && raw.substring(0, bar).equals(scope)) {
                long sequence = Long.parseLong(raw.substring(bar + 1));
                if (sequence >= 0) {
                    return sequence;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: fall through
        }
        throw CognitoException.invalidParameter("Invalid pagination token: " + abbreviate(token));
    }

    private static String abbreviate(String token) {
        return token.length() <= 64 ? token : token.substring(0, 64) + "...";
    }
}
