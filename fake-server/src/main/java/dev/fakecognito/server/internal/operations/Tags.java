package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Pool;
import java.util.Map;
import java.util.regex.Pattern;

/** The tag rules beyond the model's lengths: the quota, the reserved prefix and the character set. */
final class Tags {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private Tags() {}

    static void check(Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > Pool.MAX_TAGS) {
            throw CognitoException.invalidParameter(
                    "A resource can have at most " + Pool.MAX_TAGS + " tags; this request has " + tags.size() + ".");
        }
        tags.forEach((key, value) -> {
            if (key.regionMatches(true, 0, "aws:", 0, 4)) {
                throw CognitoException.invalidParameter(
                        "Tag keys starting with 'aws:' are reserved for AWS use: " + key);
            }
            if (!ALLOWED.matcher(key).matches() || !ALLOWED.matcher(value).matches()) {
                throw CognitoException.invalidParameter("Tag '" + key + "' has characters that are not allowed: "
                        + "use letters, digits, spaces and _ . : / = + - @");
            }
        });
    }
}
