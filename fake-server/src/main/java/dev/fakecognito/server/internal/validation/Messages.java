package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.util.List;

/** Builds the Coral-style error messages, and keeps them safe to send in an HTTP header. */
final class Messages {

    /** At most this many characters of a rendered value or path segment are kept. */
    static final int MAX_RENDERED = Echo.MAX_LENGTH;

    static final String NOT_NULL = "Member must not be null";

    private Messages() {}

    /** {@code Member must have length less than or equal to N}. */
    static String maxLength(long max) {
        return "Member must have length less than or equal to " + max;
    }

    /** {@code Member must have length greater than or equal to N}. */
    static String minLength(long min) {
        return "Member must have length greater than or equal to " + min;
    }

    /** {@code Member must have value less than or equal to N}. */
    static String maxValue(long max) {
        return "Member must have value less than or equal to " + max;
    }

    /** {@code Member must have value greater than or equal to N}. */
    static String minValue(long min) {
        return "Member must have value greater than or equal to " + min;
    }

    /** {@code Member must satisfy regular expression pattern: P}. */
    static String pattern(String pattern) {
        return "Member must satisfy regular expression pattern: " + pattern;
    }

    /** {@code Member must satisfy enum value set: [A, B]}. */
    static String enumSet(List<String> values) {
        return "Member must satisfy enum value set: " + values;
    }

    /** {@code Map keys must satisfy constraint: [phrases]}. */
    static String mapKeys(List<String> phrases) {
        return "Map keys must satisfy constraint: " + phrases;
    }

    /** {@code Map value must satisfy constraint: [phrases]}. */
    static String mapValue(List<String> phrases) {
        return "Map value must satisfy constraint: " + phrases;
    }

    /**
     * The {@code SerializationException} for a JSON value of the wrong type.
     *
     * @param actual   the value found (not null, not JSON null)
     * @param expected what was expected, with its article: {@code a String}, {@code an Integer}, ...
     */
    static CognitoException mismatch(JsonNode actual, String expected) {
        String message;
        if (actual.isArray()) {
            message = "Start of list found where not expected";
        } else if (actual.isObject()) {
            message = "Start of structure or map found where not expected";
        } else {
            message = token(actual) + " can not be converted to " + expected;
        }
        return new CognitoException(ErrorCode.SERIALIZATION, message);
    }

    private static String token(JsonNode v) {
        if (v.isTextual()) {
            return "STRING_VALUE";
        }
        if (v.isNumber()) {
            return "NUMBER_VALUE";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
        }
        return "VALUE_EMBEDDED_OBJECT";
    }

    /**
     * Makes text safe for a message that also goes into an HTTP header: control characters become
     * spaces, and text longer than {@link #MAX_RENDERED} characters is cut and ends in {@code ...}.
     */
    static String headerSafe(CharSequence text) {
        return Echo.of(text);
    }
}
