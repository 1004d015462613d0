package dev.fakecognito.server.internal.validation;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;

/**
 * A value of the wrong JSON type, as read: what it was, so that its check can say so. Kept in the place
 * of the value, so that a member given twice ends up as its last value, as in a JSON tree; thrown as a
 * {@code SerializationException} when the checks reach it, in the model's order.
 */
enum Mismatch {
    STRING("STRING_VALUE"),
    NUMBER("NUMBER_VALUE"),
    TRUE("TRUE_VALUE"),
    FALSE("FALSE_VALUE"),
    LIST(null),
    STRUCTURE(null),
    EMBEDDED("VALUE_EMBEDDED_OBJECT");

    private final String token;

    Mismatch(String token) {
        this.token = token;
    }

    /**
     * The {@code SerializationException} for this value where a value of another type was expected.
     *
     * @param expected what was expected, with its article: {@code a String}, {@code an Integer}, ...
     */
    CognitoException error(String expected) {
        String message = switch (this) {
            case LIST -> "Start of list found where not expected";
            case STRUCTURE -> "Start of structure or map found where not expected";
            default -> token + " can not be converted to " + expected;
        };
        return new CognitoException(ErrorCode.SERIALIZATION, message);
    }
}
