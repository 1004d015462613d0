package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;

/**
 * Text must be whole Unicode characters. A lone UTF-16 surrogate (a JSON escape such as
 * {@code "\\ud800"} without its pair, or one encoded in the bytes) is no character: it cannot be
 * written as UTF-8 and would come back as {@code ?}, so a snapshot would not seed the same world.
 * The API refuses it as malformed JSON and seeding refuses it in fixtures; so the state never holds one.
 */
public final class Unicode {
    private Unicode() {}

    /**
     * Refuses a request body with a lone surrogate in any string or member name.
     *
     * @throws CognitoException {@code SerializationException} naming the surrogate
     */
    public static void requireWholeCharacters(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            requireWholeCharacters(node.textValue());
        } else if (node.isContainerNode()) {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(Unicode::requireWholeCharacters);
            }
            for (JsonNode child : node) {
                requireWholeCharacters(child);
            }
        }
    }

    private static void requireWholeCharacters(String text) {
        int at = loneSurrogate(text);
        if (at >= 0) {
            throw new CognitoException(ErrorCode.SERIALIZATION, "Request body is not valid JSON: " + problem(text, at));
        }
    }

    /** What is wrong with the text at the index {@link #loneSurrogate} found. */
    public static String problem(String text, int at) {
        return String.format(
                "a string holds a lone UTF-16 surrogate (\\u%04x), which is no Unicode character.",
                (int) text.charAt(at));
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
