package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.io.UncheckedIOException;

/** Shared helpers: one model and validator for all tests, bodies parsed from JSON text. */
abstract class ValidatorTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final RequestValidator VALIDATOR = RequestValidator.bundled();

    static final String POOL_ID = "us-east-1:0f0e0d0c-0b0a-0908-0706-050403020100";
    static final String IDENTITY_ID = "us-east-1:1f0e0d0c-0b0a-0908-0706-050403020100";
    static final String ROLE_ARN = "arn:aws:iam::123456789012:role/Cognito_Auth";

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single quotes stand for double quotes, to keep test bodies readable. */
    static JsonNode body(String text) {
        return json(text.replace('\'', '"'));
    }

    static CognitoException failure(String operation, JsonNode body) {
        CognitoException e = catchThrowableOfType(CognitoException.class, () -> VALIDATOR.validate(operation, body));
        if (e == null) {
            throw new AssertionError("expected a CognitoException for " + operation + " " + body);
        }
        return e;
    }

    /** The message of the ValidationException the body must cause. */
    static String validationMessage(String operation, JsonNode body) {
        CognitoException e = failure(operation, body);
        if (e.code() != ErrorCode.VALIDATION) {
            throw new AssertionError("expected ValidationException, got " + e.code() + ": " + e.getMessage());
        }
        return e.getMessage();
    }

    /** The message of the SerializationException the body must cause. */
    static String serializationMessage(String operation, JsonNode body) {
        CognitoException e = failure(operation, body);
        if (e.code() != ErrorCode.SERIALIZATION) {
            throw new AssertionError("expected SerializationException, got " + e.code() + ": " + e.getMessage());
        }
        return e.getMessage();
    }

    static void assertValid(String operation, JsonNode body) {
        assertThatCode(() -> VALIDATOR.validate(operation, body))
                .as(operation + " " + body)
                .doesNotThrowAnyException();
    }
}
