package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks request bodies against the input shapes of the API model, as the real service's Coral layer
 * does: first the JSON types ({@code SerializationException} on the first mismatch), then every model
 * constraint ({@code ValidationException} listing all violations). All checks come from the model; the
 * checker tree is built once in the constructor. Immutable and thread-safe.
 */
public final class RequestValidator {

    /** Input structure per operation; null for an operation without input. */
    private final Map<String, StructureNode> inputs;

    /**
     * The validator of the {@link ServiceModel#bundled() bundled model}, built once on first use and
     * shared: it is immutable, and every further fake in the JVM saves building it.
     */
    public static RequestValidator bundled() {
        return Bundled.VALIDATOR;
    }

    private static final class Bundled {
        static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.bundled());
    }

    /**
     * Builds the checkers of every operation's input shape and compiles every pattern.
     *
     * @param model the API model
     * @throws IllegalStateException if the model has a shape the validator cannot check (bad pattern,
     *                               unsupported type)
     */
    public RequestValidator(ServiceModel model) {
        NodeFactory factory = new NodeFactory(model);
        Map<String, StructureNode> map = new HashMap<>();
        for (String name : model.operationNames()) {
            OperationDef op = model.operation(name);
            StructureNode input = null;
            if (op.input() != null) {
                if (!(factory.node(op.input()) instanceof StructureNode struct)) {
                    throw new IllegalStateException("input of " + name + " is not a structure");
                }
                input = struct;
            }
            map.put(name, input);
        }
        this.inputs = map;
    }

    /**
     * Checks JSON types (SerializationException) then model constraints (ValidationException). body is a
     * JSON object (ObjectNode) or may be absent members.
     *
     * <p>A Java null, missing or JSON null body counts as {@code {}}. Unknown members are ignored and a
     * member set to JSON null counts as absent.
     *
     * @param operation the operation name ({@code GetId})
     * @param body      the parsed request body
     * @throws CognitoException {@link ErrorCode#UNKNOWN_OPERATION} for an operation the model lacks;
     *                          {@link ErrorCode#SERIALIZATION} for a value of the wrong JSON type;
     *                          {@link ErrorCode#VALIDATION} when constraints fail, with the Coral message
     *                          ({@code N validation errors detected: ...})
     */
    public void validate(String operation, JsonNode body) {
        if (operation == null || !inputs.containsKey(operation)) {
            throw new CognitoException(
                    ErrorCode.UNKNOWN_OPERATION,
                    "Unknown operation " + (operation == null ? "null" : Messages.headerSafe(operation)));
        }
        boolean absent = body == null || body.isMissingNode() || body.isNull();
        if (!absent && !body.isObject()) {
            throw Messages.mismatch(body, "a Structure");
        }
        StructureNode input = inputs.get(operation);
        if (input == null) {
            return;
        }
        Violations out = new Violations();
        input.checkMembers(absent ? null : body, null, out);
        out.throwIfAny();
    }
}
