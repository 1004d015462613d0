package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads request bodies and checks them against the input shapes of the API model, as the real
 * service's Coral layer does: malformed JSON first ({@code SerializationException}, as soon as it is
 * read), then, when checked, the JSON types ({@code SerializationException} on the first mismatch in the
 * model's order), then every model constraint ({@code ValidationException} listing all violations).
 * Everything comes from the model, compiled into {@link CognitoIdentityModel} at build time; reading is
 * Jackson's streaming parser, no data binding. Immutable and thread-safe.
 */
public final class RequestValidator {
    private static final RequestValidator BUNDLED = new RequestValidator();
    /** Jackson's streaming parser: thread-safe and never reconfigured. */
    private static final JsonFactory JSON = new JsonFactory();

    private RequestValidator() {}

    /** The validator of the {@link ServiceModel#bundled() model the fake was built with}. */
    public static RequestValidator bundled() {
        return BUNDLED;
    }

    /**
     * Reads a call's body: whitespace only or {@code null} counts as {@code {}}; unknown members are
     * read (their text looked at) and dropped; a member given twice counts once, with its last value.
     *
     * @param operation an operation of the model
     * @param body      the body's bytes (UTF-8, or UTF-16 or -32 as JSON allows)
     * @return the body, to {@link #check} and bind
     * @throws CognitoException {@code SerializationException} when the body is not valid JSON (trailing
     *                          content included) or holds a lone UTF-16 surrogate
     */
    public RequestBody read(String operation, byte[] body) {
        int index = ServiceModel.index(operation);
        if (index < 0) {
            throw unknown(operation);
        }
        if (isBlank(body)) {
            return new RequestBody(index, null);
        }
        Reading reading = new Reading();
        Object root;
        try (JsonParser parser = JSON.createParser(body)) {
            root = readRoot(index, parser, reading);
            if (parser.nextToken() != null) {
                throw malformed();
            }
        } catch (IOException e) {
            throw malformed();
        }
        if (reading.sawLoneSurrogate()) {
            Surrogates.requireWholeCharacters(body); // the message names the surrogate a JSON tree finds first
        }
        return new RequestBody(index, root);
    }

    private static Object readRoot(int operation, JsonParser parser, Reading reading) throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        return t == JsonToken.START_OBJECT
                ? CognitoIdentityModel.read(operation, parser, reading)
                : reading.other(parser, t);
    }

    /**
     * Checks a read body: JSON types, then model constraints.
     *
     * @throws CognitoException {@link ErrorCode#SERIALIZATION} for a value of the wrong JSON type (the
     *                          first in the model's order); {@link ErrorCode#VALIDATION} when constraints
     *                          fail, with the Coral message ({@code N validation errors detected: ...})
     */
    public void check(RequestBody body) {
        if (body.root instanceof Mismatch mismatch) {
            throw mismatch.error("a Structure");
        }
        Violations out = new Violations();
        CognitoIdentityModel.check(body.operation, (Object[]) body.root, out);
        out.throwIfAny();
    }

    /**
     * Checks an input's members as a call's would be: what seeding does with the records it builds.
     *
     * @param operation the operation name ({@code GetId})
     * @param members   the members in the model's order ({@code wire.WireCodecs.members})
     * @throws CognitoException as {@link #check}, and {@code UnknownOperationException} for an operation
     *                          the model lacks
     */
    public void validate(String operation, Object[] members) {
        int index = ServiceModel.index(operation);
        if (index < 0) {
            throw unknown(operation);
        }
        check(new RequestBody(index, members));
    }

    /**
     * Checks a JSON tree as a call's body: JSON types, then model constraints. A Java null, missing or
     * JSON null body counts as {@code {}}; unknown members are ignored; a member set to JSON null counts as
     * absent.
     *
     * @param operation the operation name ({@code GetId})
     * @param body      the parsed request body
     * @throws CognitoException {@link ErrorCode#UNKNOWN_OPERATION} for an operation the model lacks;
     *                          otherwise as {@link #check}
     */
    public void validate(String operation, JsonNode body) {
        int index = ServiceModel.index(operation);
        if (index < 0) {
            throw unknown(operation);
        }
        if (body == null || body.isMissingNode() || body.isNull()) {
            check(new RequestBody(index, null));
            return;
        }
        try (JsonParser parser = body.traverse()) {
            check(new RequestBody(index, readRoot(index, parser, new Reading())));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree in memory
        }
    }

    private static CognitoException unknown(String operation) {
        return new CognitoException(
                ErrorCode.UNKNOWN_OPERATION,
                "Unknown operation " + (operation == null ? "null" : Messages.headerSafe(operation)));
    }

    private static CognitoException malformed() {
        return new CognitoException(ErrorCode.SERIALIZATION, "Request body is not valid JSON.");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The rare body with a lone surrogate, read again as a JSON tree (Jackson's data binding, loaded only
     * then) so that the error names the same surrogate as before the reader was compiled: a tree's order
     * (an object's member names before its values, a repeated member's last value only).
     */
    private static final class Surrogates {
        private static final ObjectMapper TREE = new ObjectMapper();

        static void requireWholeCharacters(byte[] body) {
            try {
                Unicode.requireWholeCharacters(TREE.readTree(body));
            } catch (IOException e) {
                throw malformed();
            }
        }
    }
}
